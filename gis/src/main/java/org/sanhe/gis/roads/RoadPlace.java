package org.sanhe.gis.roads;

import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistancePlaneProjection;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Where a point sits on the road network: on which road segment (an edge of GraphHopper's base graph, in its stored
 * direction, from its base junction to its adjacent one) and how far along it. Made by {@link RoadNetwork#place};
 * immutable, so it can be worked out once per position report and read by any number of searches.
 *
 * @param position the point that was placed (WGS84), which may be up to {@value RoadSettings#MAX_SNAP_METERS} m
 *                 from the road
 * @param edge     the edge id in the base graph
 * @param along    metres along the edge's geometry from its base junction to the snapped point
 * @param rest     metres from the snapped point to the edge's adjacent junction
 */
public record RoadPlace(GeoPoint position, int edge, double along, double rest) {

    /**
     * The snap's edge and the lengths either side of the snapped point, measured on the edge's geometry as
     * GraphHopper's query graph measures its virtual edges (plane projection), so that a search over the base graph
     * finds the times its routing finds.
     */
    static RoadPlace of(GeoPoint position, Snap snap) {
        EdgeIteratorState edge = snap.getClosestEdge();
        PointList points = edge.fetchWayGeometry(FetchMode.ALL);
        int way = snap.getWayIndex();
        double before;
        double after;
        if (snap.getSnappedPosition() == Snap.Position.TOWER) {
            double length = length(points, 0, points.size() - 1);
            boolean atBase = snap.getClosestNode() == edge.getBaseNode();
            before = atBase ? 0 : length;
            after = atBase ? length : 0;
        } else if (snap.getSnappedPosition() == Snap.Position.PILLAR) {
            before = length(points, 0, way);
            after = length(points, way, points.size() - 1);
        } else {
            GHPoint at = snap.getSnappedPoint();
            before = length(points, 0, way) + distance(points, way, at.lat, at.lon);
            after = distance(points, way + 1, at.lat, at.lon) + length(points, way + 1, points.size() - 1);
        }
        boolean reversed = edge.get(EdgeIteratorState.REVERSE_STATE);
        return new RoadPlace(position, edge.getEdge(), reversed ? after : before, reversed ? before : after);
    }

    /** The length of the geometry from point {@code from} to point {@code to}. */
    private static double length(PointList points, int from, int to) {
        double sum = 0;
        for (int i = from + 1; i <= to; i++) {
            sum += distance(points, i - 1, points.getLat(i), points.getLon(i));
        }
        return sum;
    }

    private static double distance(PointList points, int i, double lat, double lon) {
        return DistancePlaneProjection.DIST_PLANE.calcDist(points.getLat(i), points.getLon(i), lat, lon);
    }
}
