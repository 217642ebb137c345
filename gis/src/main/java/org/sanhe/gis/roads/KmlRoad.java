package org.sanhe.gis.roads;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One road line of the Geofabrik-style KML ({@code xian_road.kml}): its points and the OSM tags it carries in its
 * JSON {@code description}. Immutable.
 *
 * @param points     WGS84 [lon, lat] pairs in the line's order
 * @param attributes the parsed description ({@code fclass}, {@code Name}, {@code ref}, {@code oneway}, {@code layer},
 *                   {@code bridge}, {@code tunnel}, {@code maxspeed})
 */
record KmlRoad(List<double[]> points, JsonNode attributes) {

    KmlRoad {
        points = List.copyOf(points);
    }

    String text(String field) {
        return attributes.path(field).asText("");
    }

    /** The OSM {@code layer}, 0 when absent; bridges and tunnels carry their own. */
    int layer() {
        return (int) Math.round(attributes.path("layer").asDouble(0));
    }
}
