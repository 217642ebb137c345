package org.sanhe.gis.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.XianRoads;
import org.sanhe.gis.tracking.TrackedUnit;

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
            TravelEstimate[] estimates = estimator.estimate(at, units);
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
        }
        assertThat(compared).as("pairs both on the network").isGreaterThanOrEqualTo(100);
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
