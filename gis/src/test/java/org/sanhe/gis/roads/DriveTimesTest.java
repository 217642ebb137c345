package org.sanhe.gis.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * The one-to-many search on the incident's own road segment, on the real network of central Xi'an, against
 * GraphHopper's point-to-point routes: a unit behind the incident on a one-way road drives straight to it, a unit
 * ahead of it must go round, and on a two-way road both drive straight.
 */
class DriveTimesTest {

    private static final double LIMIT = 3_600_000;

    private final RoadNetwork roads = XianRoads.network();

    @Test
    void onAOneWayRoadTheUnitBehindDrivesStraightAndTheUnitAheadGoesRound() {
        Segment road = longSegment(true);

        double behind = seconds(road.at(0.25), road.at(0.75));
        double ahead = seconds(road.at(0.75), road.at(0.25));

        assertThat(behind).isCloseTo(routeSeconds(road.at(0.25), road.at(0.75)), within(1.0))
                .isLessThanOrEqualTo(road.forwardSeconds());
        assertThat(ahead).isCloseTo(routeSeconds(road.at(0.75), road.at(0.25)), within(1.0))
                .isGreaterThan(behind);
    }

    @Test
    void onATwoWayRoadBothUnitsDriveStraight() {
        Segment road = longSegment(false);

        double forward = seconds(road.at(0.25), road.at(0.75));
        double backward = seconds(road.at(0.75), road.at(0.25));

        assertThat(forward).isCloseTo(routeSeconds(road.at(0.25), road.at(0.75)), within(1.0))
                .isLessThanOrEqualTo(road.forwardSeconds());
        assertThat(backward).isCloseTo(routeSeconds(road.at(0.75), road.at(0.25)), within(1.0))
                .isLessThanOrEqualTo(road.backwardSeconds());
    }

    @Test
    void aUnitAtTheIncidentsOwnPlaceIsThere() {
        Segment road = longSegment(true);

        assertThat(seconds(road.at(0.5), road.at(0.5))).isZero();
    }

    /** Seconds from {@code unit} to {@code incident} by the one-to-many search, both placed on the same segment. */
    private double seconds(GeoPoint unit, GeoPoint incident) {
        RoadPlace from = roads.place(unit).orElseThrow();
        RoadPlace to = roads.place(incident).orElseThrow();
        assertThat(from.edge()).isEqualTo(to.edge());
        double[] seconds = new double[1];
        roads.driveTimes().toward(to, new RoadPlace[] {from}, LIMIT, seconds, new double[1]);
        return seconds[0];
    }

    private double routeSeconds(GeoPoint from, GeoPoint to) {
        return roads.route(from, to).orElseThrow().seconds();
    }

    /** A straight stretch (one segment of the geometry) of a road segment, and the road's times end to end. */
    private record Segment(int edge, GeoPoint start, GeoPoint end, double forwardSeconds, double backwardSeconds) {

        GeoPoint at(double fraction) {
            return new GeoPoint(start.lat() + fraction * (end.lat() - start.lat()),
                    start.lon() + fraction * (end.lon() - start.lon()));
        }
    }

    /**
     * The first road segment of the network, one-way or two-way as asked, with a straight stretch of at least 150 m
     * on which the points at a quarter, a half and three quarters are all placed on that segment.
     */
    private Segment longSegment(boolean oneWay) {
        AllEdgesIterator edges = roads.graph().getAllEdges();
        while (edges.next()) {
            double forward = roads.weighting().calcEdgeWeight(edges, false);
            double backward = roads.weighting().calcEdgeWeight(edges, true);
            boolean isOneWay = Double.isFinite(forward) && Double.isInfinite(backward);
            boolean isTwoWay = Double.isFinite(forward) && Double.isFinite(backward);
            if (oneWay ? !isOneWay : !isTwoWay) {
                continue;
            }
            PointList points = edges.fetchWayGeometry(FetchMode.ALL);
            for (int i = 1; i < points.size(); i++) {
                GeoPoint a = new GeoPoint(points.getLat(i - 1), points.getLon(i - 1));
                GeoPoint b = new GeoPoint(points.getLat(i), points.getLon(i));
                Segment segment = new Segment(edges.getEdge(), a, b,
                        roads.weighting().calcEdgeMillis(edges, false) / 1000.0,
                        isTwoWay ? roads.weighting().calcEdgeMillis(edges, true) / 1000.0 : Double.NaN);
                if (a.metersTo(b) >= 150 && onEdge(segment, 0.25) && onEdge(segment, 0.5) && onEdge(segment, 0.75)) {
                    return segment;
                }
            }
        }
        throw new AssertionError("no " + (oneWay ? "one-way" : "two-way") + " road with a straight 150 m stretch");
    }

    private boolean onEdge(Segment segment, double fraction) {
        Optional<RoadPlace> place = roads.place(segment.at(fraction));
        return place.isPresent() && place.get().edge() == segment.edge();
    }
}
