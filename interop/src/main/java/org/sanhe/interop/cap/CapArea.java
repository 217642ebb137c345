package org.sanhe.interop.cap;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * One {@code area} of a CAP message's {@code info}: a description and the shapes that draw it (geocodes, whose
 * meaning depends on a national profile, are not kept).
 *
 * @param description the {@code areaDesc}, as the sender wrote it
 * @param polygons    closed rings (first point equal to the last, at least four points), WGS-84
 * @param circles     circles, WGS-84
 */
public record CapArea(String description, List<List<GeoPoint>> polygons, List<CapCircle> circles) {

    public CapArea {
        polygons = polygons.stream().map(List::copyOf).toList();
        circles = List.copyOf(circles);
    }
}
