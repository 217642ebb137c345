package org.sanhe.dispatch.domain.alert;

import java.util.List;
import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * One area of an alert: the sender's description and the shapes that draw it, WGS-84.
 *
 * @param description the sender's {@code areaDesc}
 * @param polygons    closed rings: at least four points, the first repeated last
 * @param circles     circles
 */
public record AlertArea(String description, List<List<GeoPoint>> polygons, List<AlertCircle> circles) {

    public AlertArea {
        Objects.requireNonNull(description, "description");
        polygons = polygons.stream().map(List::copyOf).toList();
        circles = List.copyOf(circles);
        for (List<GeoPoint> ring : polygons) {
            if (ring.size() < 4 || !ring.get(0).equals(ring.get(ring.size() - 1))) {
                throw new IllegalArgumentException("an alert polygon must be a closed ring of at least four points");
            }
        }
    }
}
