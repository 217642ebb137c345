package org.sanhe.gis.district;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.gis.area.AreaIndex;
import org.sanhe.gis.geojson.GeoJson;

/**
 * The districts of the service area and the point-to-district lookup. Built once (from
 * {@code config/xian/districts.geojson}, on the classpath as {@code xian/districts.geojson}), immutable afterwards
 * and safe to query from any thread.
 *
 * <p>The edge (the call-taker's command handler) calls {@link #locate} before it stamps {@code OpenIncident}, so
 * that the district travels on the command and replay never consults the map. A point outside every district gets
 * {@link Optional#empty()}, never an exception.
 */
public final class DistrictMap {

    /** Classpath location of the Xi'an districts. */
    public static final String XIAN_RESOURCE = "/xian/districts.geojson";

    private final List<District> districts;
    private final AreaIndex<District> index;
    private final Geometry serviceArea;

    /** A map of these districts; a point on a shared border goes to the lower code. */
    public DistrictMap(List<District> districts) {
        List<District> sorted = new ArrayList<>(districts);
        sorted.sort(Comparator.comparing(District::code));
        this.districts = List.copyOf(sorted);
        this.index = new AreaIndex<>(this.districts, District::boundary);
        this.serviceArea = UnaryUnionOp.union(this.districts.stream().map(District::boundary).toList());
    }

    /** Xi'an's 13 districts from the classpath. */
    public static DistrictMap loadXian() {
        try (InputStream in = DistrictMap.class.getResourceAsStream(XIAN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(XIAN_RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a FeatureCollection whose features carry {@code code}, {@code name}, {@code nameEn}, {@code label}. */
    public static DistrictMap read(InputStream geojson) throws IOException {
        GeometryFactory factory = new GeometryFactory();
        List<District> districts = new ArrayList<>();
        for (JsonNode feature : GeoJson.MAPPER.readTree(geojson).path("features")) {
            JsonNode p = feature.path("properties");
            JsonNode label = p.path("label");
            districts.add(new District(p.path("code").asText(), p.path("name").asText(), p.path("nameEn").asText(),
                    GeoJson.readGeometry(feature.path("geometry"), factory),
                    new GeoPoint(label.path(1).asDouble(), label.path(0).asDouble())));
        }
        return new DistrictMap(districts);
    }

    /** The district containing the point (its border included), or empty outside the service area. */
    public Optional<District> locate(GeoPoint point) {
        return index.locate(point);
    }

    /** The code of the district containing the point, or null outside: what {@code OpenIncident.district} takes. */
    public String codeAt(GeoPoint point) {
        return index.locate(point).map(District::code).orElse(null);
    }

    /** The district with that code. */
    public Optional<District> byCode(String code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** All districts, in code order. */
    public List<District> districts() {
        return districts;
    }

    /** The union of all districts (WGS84). */
    public Geometry serviceArea() {
        return serviceArea;
    }
}
