package org.sanhe.gis.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.UnitPlaces;
import org.sanhe.gis.roads.XianRoads;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/** Road ETAs on the real network of central Xi'an against GraphHopper's own point-to-point routes. */
class RoadTravelTimeEstimatorTest {

    private static final StraightLineEstimator STRAIGHT = StraightLineEstimator.urbanDefaults();

    private final RoadNetwork roads = XianRoads.network();
    private final RoadTravelTimeEstimator estimator = new RoadTravelTimeEstimator(roads, STRAIGHT);

    @Test
    void oneSearchGivesTheSameTimesAsOneRoutePerUnit() {
        long seed = 20261202L;
        SplittableRandom random = new SplittableRandom(seed);
        int compared = 0;
        for (int incident = 0; incident < 15; incident++) {
            GeoPoint at = randomPoint(random);
            List<TrackedUnit> units = new ArrayList<>();
            for (int u = 0; u < 12; u++) {
                units.add(unit("U" + u, randomPoint(random)));
            }
            compared += compareWithRoutes(estimator, at, units, seed);
        }
        assertThat(compared).as("pairs both on the network").isGreaterThanOrEqualTo(100);
    }

    @Test
    void unitsPlacedWhenTheyReportAndMoveGiveTheSameTimesAsOneRoutePerUnit() {
        long seed = 20261203L;
        SplittableRandom random = new SplittableRandom(seed);
        UnitPlaces places = new UnitPlaces(roads);
        UnitLocator locator = new UnitLocator(new Envelope(108.8, 109.1, 34.1, 34.4), 1000,
                new MetricProjection("EPSG:4545"), places);
        RoadTravelTimeEstimator placed = new RoadTravelTimeEstimator(roads, places, STRAIGHT,
                RoadTravelTimeEstimator.DEFAULT_TIME_LIMIT_MILLIS);
        for (int u = 0; u < 200; u++) {
            locator.upsert(unit(String.format("U%03d", u), randomPoint(random)));
        }
        int compared = 0;
        for (int incident = 0; incident < 16; incident++) {
            for (TrackedUnit unit : locator.units()) {
                if (random.nextInt(4) == 0) {
                    locator.move(unit.id(), randomPoint(random), incident);
                }
            }
            List<TrackedUnit> pool = locator.units().subList(incident * 12, incident * 12 + 12);
            compared += compareWithRoutes(placed, randomPoint(random), pool, seed);
        }
        assertThat(compared).as("pairs both on the network").isGreaterThanOrEqualTo(100);
        assertThat(places.placedOnDemand()).as("units placed during the searches").isZero();
        assertThat(places.placedOnReport()).isGreaterThan(200);
    }

    /** Asserts each unit's estimate against GraphHopper's route; returns how many pairs had a road estimate. */
    private int compareWithRoutes(TravelTimeEstimator travel, GeoPoint at, List<TrackedUnit> units, long seed) {
        TravelEstimate[] estimates = travel.estimate(at, units);
        int compared = 0;
        for (int u = 0; u < units.size(); u++) {
            var route = roads.route(units.get(u).position(), at);
            if (estimates[u].source() != EtaSource.ROAD || route.isEmpty()) {
                assertThat(route).as("seed %d incident %s unit %s", seed, at, units.get(u)).isEmpty();
                continue;
            }
            assertThat(estimates[u].seconds()).as("seed %d incident %s unit %s", seed, at, units.get(u))
                    .isCloseTo(route.get().seconds(), within(1.0));
            assertThat(estimates[u].meters()).isCloseTo(route.get().meters(), within(50.0));
            compared++;
        }
        return compared;
    }

    @Test
    void aUnitOffTheNetworkGetsTheStraightLineEstimate() {
        GeoPoint bellTower = new GeoPoint(34.2613, 108.9428);
        GeoPoint lishanOutsideTheData = new GeoPoint(34.3600, 109.2100);
        TrackedUnit near = unit("near", new GeoPoint(34.2580, 108.9470));
        TrackedUnit far = unit("far", lishanOutsideTheData);

        TravelEstimate[] estimates = estimator.estimate(bellTower, List.of(near, far));

        assertThat(estimates[0].source()).isEqualTo(EtaSource.ROAD);
        assertThat(estimates[1]).isEqualTo(STRAIGHT.estimate(bellTower, far));
        assertThat(estimates[1].source()).isEqualTo(EtaSource.STRAIGHT_LINE);
    }

    @Test
    void anIncidentOffTheNetworkGivesEveryUnitTheStraightLineEstimate() {
        GeoPoint outside = new GeoPoint(34.0500, 108.6000);
        TrackedUnit unit = unit("u", new GeoPoint(34.2580, 108.9470));

        assertThat(estimator.estimate(outside, List.of(unit))).containsExactly(STRAIGHT.estimate(outside, unit));
        assertThat(roads.route(unit.position(), outside)).isEmpty();
    }

    /** A point in the dense part of the data (34.19-34.32 N, 108.88-109.02 E). */
    static GeoPoint randomPoint(SplittableRandom random) {
        return new GeoPoint(34.19 + random.nextDouble() * 0.13, 108.88 + random.nextDouble() * 0.14);
    }

    static TrackedUnit unit(String id, GeoPoint at) {
        return new TrackedUnit(id, null, "police", List.of("patrol"), null, UnitStatus.AVAILABLE, at, 0);
    }
}
