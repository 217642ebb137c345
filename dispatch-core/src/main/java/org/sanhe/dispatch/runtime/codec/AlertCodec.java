package org.sanhe.dispatch.runtime.codec;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.alert.AlertText;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * The values of public warnings as bytes, shared by the journal's {@code ReceiveAlert} codec and the snapshot's
 * alerts: keys, texts and areas, each field in its record's order, lists as a count and their elements. Stateless.
 */
public final class AlertCodec {

    private AlertCodec() {
    }

    public static void key(BinaryOut out, AlertKey key) {
        out.writeString(key.sender()).writeString(key.identifier()).writeString(key.sent());
    }

    public static AlertKey key(BinaryIn in) {
        return new AlertKey(in.readString(), in.readString(), in.readString());
    }

    public static void keys(BinaryOut out, List<AlertKey> keys) {
        out.writeInt(keys.size());
        keys.forEach(k -> key(out, k));
    }

    public static List<AlertKey> keys(BinaryIn in) {
        int n = in.count();
        List<AlertKey> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(key(in));
        }
        return keys;
    }

    public static void text(BinaryOut out, AlertText t) {
        out.writeString(t.language()).writeString(t.event()).writeString(t.headline()).writeString(t.severity())
                .writeString(t.urgency()).writeString(t.certainty()).writeString(t.senderName());
    }

    public static AlertText text(BinaryIn in) {
        return new AlertText(in.readString(), in.readString(), in.readString(), in.readString(), in.readString(),
                in.readString(), in.readString());
    }

    public static void areas(BinaryOut out, List<AlertArea> areas) {
        out.writeInt(areas.size());
        for (AlertArea area : areas) {
            out.writeString(area.description());
            out.writeInt(area.polygons().size());
            for (List<GeoPoint> ring : area.polygons()) {
                out.writeInt(ring.size());
                ring.forEach(p -> ValueCodec.point(out, p));
            }
            out.writeInt(area.circles().size());
            for (AlertCircle circle : area.circles()) {
                ValueCodec.point(out, circle.centre());
                out.writeDouble(circle.radiusKm());
            }
        }
    }

    public static List<AlertArea> areas(BinaryIn in) {
        int n = in.count();
        List<AlertArea> areas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String description = in.readString();
            int polygonCount = in.count();
            List<List<GeoPoint>> polygons = new ArrayList<>(polygonCount);
            for (int p = 0; p < polygonCount; p++) {
                int points = in.count();
                List<GeoPoint> ring = new ArrayList<>(points);
                for (int k = 0; k < points; k++) {
                    ring.add(ValueCodec.point(in));
                }
                polygons.add(ring);
            }
            int circleCount = in.count();
            List<AlertCircle> circles = new ArrayList<>(circleCount);
            for (int c = 0; c < circleCount; c++) {
                circles.add(new AlertCircle(ValueCodec.point(in), in.readDouble()));
            }
            areas.add(new AlertArea(description, polygons, circles));
        }
        return areas;
    }
}
