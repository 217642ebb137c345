package org.sanhe.gis.roads;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * A route by road. Immutable.
 *
 * @param points  WGS84, from start to end
 * @param meters  its length
 * @param seconds the drive time at the network's speeds
 */
public record RoadRoute(List<GeoPoint> points, double meters, double seconds) {

    public RoadRoute {
        points = List.copyOf(points);
    }
}
