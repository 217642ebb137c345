package org.sanhe.gis.district;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;

/**
 * One feature of a {@link DistrictFile}: its checks, in the order a reader of the file would make them, each failure
 * added to the shared problem list under the feature's name ({@code features[3] (code 610103)}). Single-use, on the
 * reading thread.
 */
final class DistrictFeature {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final int index;
    private final JsonNode node;
    private final Datum datum;
    private final List<String> problems;
    private final List<String> warnings;
    private String code;

    DistrictFeature(int index, JsonNode node, Datum datum, List<String> problems, List<String> warnings) {
        this.index = index;
        this.node = node;
        this.datum = datum;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The feature's code, or null when it has none (known after {@link #read}). */
    String code() {
        return code;
    }

    /** How problems name the feature: its index in {@code features}, and its code when it has one. */
    String name() {
        return "features[" + index + "]" + (code == null ? "" : " (code " + code + ")");
    }

    /** The district, or null after adding the feature's problems. */
    District read() {
        if (!node.isObject() || !"Feature".equals(node.path("type").asText())) {
            return problem("not a GeoJSON Feature");
        }
        JsonNode p = node.path("properties");
        if (!p.path("code").isTextual() || p.path("code").asText().isBlank()) {
            return problem("properties.code is required (a string, unique in the file)");
        }
        code = p.path("code").asText();
        if (!p.path("name").isTextual() || p.path("name").asText().isBlank()) {
            return problem("properties.name is required");
        }
        Geometry boundary = boundary();
        if (boundary == null) {
            return null;
        }
        GeoPoint label = label(p.path("label"), boundary);
        if (label == null) {
            return null;
        }
        String name = p.path("name").asText();
        String nameEn = p.path("nameEn").isTextual() ? p.path("nameEn").asText() : name;
        return new District(code, name, nameEn, boundary, label);
    }

    private Geometry boundary() {
        JsonNode json = node.path("geometry");
        if (!json.isObject()) {
            return problem("has no geometry (a Polygon or MultiPolygon is needed)");
        }
        Geometry raw;
        try {
            raw = GeoJson.readGeometry(json, FACTORY);
        } catch (RuntimeException e) {
            return problem("geometry is not valid GeoJSON: " + e.getMessage());
        }
        if (!(raw instanceof Polygonal)) {
            return problem("geometry is a " + raw.getGeometryType() + ", not a Polygon or MultiPolygon");
        }
        for (Coordinate c : raw.getCoordinates()) {
            if (!inRange(c.y, c.x)) {
                return problem("coordinate [" + c.x + ", " + c.y + "] is out of range (longitude -180..180, "
                        + "latitude -90..90)");
            }
        }
        return repaired(datum.toWgs84(raw));
    }

    private Geometry repaired(Geometry wgs84) {
        TopologyValidationError error = new IsValidOp(wgs84).getValidationError();
        if (error == null) {
            return wgs84;
        }
        String what = error.getMessage() + " at " + position(error.getCoordinate());
        Geometry fixed = GeometryFixer.fix(wgs84);
        if (fixed.isEmpty() || !(fixed instanceof Polygonal) || !fixed.isValid()) {
            return problem("invalid polygon (" + what + ") that GeometryFixer cannot repair into a non-empty "
                    + "valid polygon");
        }
        warnings.add(name() + ": invalid polygon (" + what + ") repaired with GeometryFixer");
        return fixed;
    }

    private GeoPoint label(JsonNode label, Geometry boundary) {
        if (label.isMissingNode() || label.isNull()) {
            Coordinate inside = boundary.getInteriorPoint().getCoordinate();
            return new GeoPoint(inside.y, inside.x);
        }
        if (!label.isArray() || label.size() < 2 || !label.get(0).isNumber() || !label.get(1).isNumber()
                || !inRange(label.get(1).asDouble(), label.get(0).asDouble())) {
            return problem("properties.label must be a [longitude, latitude] position in range");
        }
        return datum.toWgs84(new GeoPoint(label.get(1).asDouble(), label.get(0).asDouble()));
    }

    private static boolean inRange(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    private static String position(Coordinate c) {
        return c == null ? "?" : String.format(Locale.ROOT, "[%.7f, %.7f]", c.x, c.y);
    }

    private <T> T problem(String problem) {
        problems.add(name() + ": " + problem);
        return null;
    }
}
