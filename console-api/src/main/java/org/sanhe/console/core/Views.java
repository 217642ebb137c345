package org.sanhe.console.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/** Small JSON pieces shared by the views: points, instants, absent values as null. */
public final class Views {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Views() {
    }

    public static ObjectNode point(GeoPoint point) {
        ObjectNode node = NODES.objectNode();
        node.put("lat", point.lat());
        node.put("lon", point.lon());
        return node;
    }

    public static ObjectNode location(CallerLocation location) {
        ObjectNode node = point(location.point());
        node.put("accuracyMeters", location.accuracyMeters());
        node.put("source", org.sanhe.console.http.Enums.code(location.source()));
        return node;
    }

    /** ISO-8601 of an epoch-millisecond time, null for 0 (never). */
    public static void putTime(ObjectNode node, String field, long epochMillis) {
        if (epochMillis == 0) {
            node.putNull(field);
        } else {
            node.put(field, Instant.ofEpochMilli(epochMillis).toString());
        }
    }

    /** The id, or null for 0 (none). */
    public static void putId(ObjectNode node, String field, long id) {
        if (id == 0) {
            node.putNull(field);
        } else {
            node.put(field, id);
        }
    }
}
