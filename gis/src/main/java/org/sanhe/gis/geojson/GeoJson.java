package org.sanhe.gis.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.Datum;

/**
 * Reads and writes GeoJSON (RFC 7946) as Jackson trees. Geometries are JTS geometries with x = longitude and
 * y = latitude in WGS84; on output they are converted to the requested {@link Datum} and rounded to 7 decimals
 * (about 1 cm). Stateless and thread-safe.
 */
public final class GeoJson {

    /** The mapper the module uses to read and write JSON. Thread-safe once configured, as here. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {
    }

    /** A JTS geometry from a GeoJSON geometry object; throws IllegalArgumentException when it is not one. */
    public static Geometry readGeometry(JsonNode geometry, GeometryFactory factory) {
        try {
            return new GeoJsonReader(factory).read(geometry.toString());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    /** A GeoJSON geometry object. */
    public static ObjectNode geometry(Geometry geometry, Datum datum) {
        return GeometryEncoder.encode(geometry, datum);
    }

    /** A GeoJSON Point. */
    public static ObjectNode point(GeoPoint point, Datum datum) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "Point");
        node.set("coordinates", GeometryEncoder.position(datum.fromWgs84(point)));
        return node;
    }

    /** A Feature with an id, a geometry (may be null: RFC 7946 allows it) and properties. */
    public static ObjectNode feature(String id, ObjectNode geometry, ObjectNode properties) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "Feature");
        if (id != null) {
            node.put("id", id);
        }
        node.set("geometry", geometry == null ? NODES.nullNode() : geometry);
        node.set("properties", properties);
        return node;
    }

    /** A FeatureCollection of the features, in the given order. */
    public static ObjectNode featureCollection(List<ObjectNode> features) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "FeatureCollection");
        ArrayNode array = node.putArray("features");
        features.forEach(array::add);
        return node;
    }

    /** A fresh empty object, for properties. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }
}
