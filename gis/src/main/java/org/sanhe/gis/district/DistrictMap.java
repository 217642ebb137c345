package org.sanhe.gis.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.area.AreaIndex;
import org.sanhe.gis.projection.Datum;

/**
 * The districts of the service area and the point-to-district lookup. Built once (from the centre's district file,
 * {@link DistrictFile}), immutable afterwards and safe to query from any thread.
 *
 * <p>The edge (the call-taker's command handler) calls {@link #locate} before it stamps {@code OpenIncident}, so
 * that the district travels on the command and replay never consults the map. A point outside every district gets
 * {@link Optional#empty()}, never an exception.
 */
public final class DistrictMap {

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

    /**
     * The districts of a file on the classpath (e.g. the demo's {@code /xian/districts.geojson}), for tools and
     * benchmarks; a server reads its configured file through {@link DistrictFile}, which also reports repairs.
     *
     * @throws InvalidDistrictsException when the file is not a valid district file
     */
    public static DistrictMap fromClasspath(String resource, Datum datum) {
        try (InputStream in = DistrictMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return DistrictFile.read(in, datum).districts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The service area's centroid (WGS84): where the metric grid is centred; it may lie outside a ragged area. */
    public GeoPoint centre() {
        Coordinate c = serviceArea.getCentroid().getCoordinate();
        return new GeoPoint(c.y, c.x);
    }
}
