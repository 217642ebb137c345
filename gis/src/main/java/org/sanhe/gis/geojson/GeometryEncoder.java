package org.sanhe.gis.geojson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.Datum;

/** Encodes JTS geometries as RFC 7946 geometry objects: exterior rings counter-clockwise, holes clockwise. */
final class GeometryEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double SCALE = 1e7;

    private GeometryEncoder() {
    }

    static ObjectNode encode(Geometry geometry, Datum datum) {
        ObjectNode node = NODES.objectNode();
        node.put("type", geometry.getGeometryType());
        if (geometry instanceof Point point) {
            node.set("coordinates", position(point.getCoordinate(), datum));
        } else if (geometry instanceof LineString line) {
            node.set("coordinates", positions(line.getCoordinates(), datum));
        } else if (geometry instanceof Polygon polygon) {
            node.set("coordinates", polygon(polygon, datum));
        } else if (geometry instanceof MultiPolygon || geometry instanceof MultiLineString
                || geometry instanceof MultiPoint) {
            ArrayNode parts = node.putArray("coordinates");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                parts.add(encode(geometry.getGeometryN(i), datum).get("coordinates"));
            }
        } else {
            ArrayNode members = node.putArray("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                members.add(encode(geometry.getGeometryN(i), datum));
            }
        }
        return node;
    }

    static ArrayNode position(GeoPoint point) {
        ArrayNode array = NODES.arrayNode(2);
        array.add(round(point.lon()));
        array.add(round(point.lat()));
        return array;
    }

    private static ArrayNode position(Coordinate c, Datum datum) {
        return position(datum.fromWgs84(new GeoPoint(c.y, c.x)));
    }

    private static ArrayNode polygon(Polygon polygon, Datum datum) {
        ArrayNode rings = NODES.arrayNode();
        rings.add(ring(polygon.getExteriorRing(), true, datum));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i), false, datum));
        }
        return rings;
    }

    private static ArrayNode ring(LinearRing ring, boolean counterClockwise, Datum datum) {
        Coordinate[] coordinates = ring.getCoordinates();
        if (coordinates.length >= 4 && Orientation.isCCW(coordinates) != counterClockwise) {
            coordinates = ring.reverse().getCoordinates();
        }
        return positions(coordinates, datum);
    }

    private static ArrayNode positions(Coordinate[] coordinates, Datum datum) {
        ArrayNode array = NODES.arrayNode(coordinates.length);
        for (Coordinate c : coordinates) {
            array.add(position(c, datum));
        }
        return array;
    }

    private static double round(double degrees) {
        return Math.round(degrees * SCALE) / SCALE;
    }
}
