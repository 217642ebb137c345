package org.sanhe.gis.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.XianRoads;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * The case road ETAs exist for, found in the data: an incident on the ring road just outside the south City Wall
 * (34.25244 N, 108.93420 E); unit INSIDE stands 173 m away on the inner side of the wall, but by road it must go
 * round through a gate (3.2 km); unit ALONG stands 438 m away on the same ring road. As the crow flies INSIDE is
 * nearer; by road ALONG is, and the recommendation says so.
 */
class RoadRankingTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final MetricProjection GRID = new MetricProjection("EPSG:4545");
    private static final GeoPoint INCIDENT = new GeoPoint(34.2524422, 108.9341976);
    private static final GeoPoint INSIDE_THE_WALL = new GeoPoint(34.2536432, 108.9353956);
    private static final GeoPoint ALONG_THE_RING_ROAD = new GeoPoint(34.2524388, 108.9294361);

    private final RoadNetwork roads = XianRoads.network();
    private final UnitLocator locator = new UnitLocator(XIAN.serviceArea().getEnvelopeInternal(), 1000, GRID);

    @Test
    void theUnitBehindTheWallIsRankedBehindTheOneFartherAsTheCrowFlies() {
        place("INSIDE", INSIDE_THE_WALL);
        place("ALONG", ALONG_THE_RING_ROAD);
        Recommender recommender = new Recommender(locator, XIAN, () -> StationAreas.compute(List.of(),
                XIAN.serviceArea(), GRID), new RoadTravelTimeEstimator(roads, StraightLineEstimator.urbanDefaults()),
                RecommenderSettings.defaults());

        NeedRecommendation police = recommender.recommend(INCIDENT, List.of(new Need("police", 1, List.of())), 0)
                .needs().get(0);

        assertThat(INSIDE_THE_WALL.metersTo(INCIDENT)).isLessThan(ALONG_THE_RING_ROAD.metersTo(INCIDENT));
        assertThat(police.picked()).extracting(c -> c.unit().id()).containsExactly("ALONG");
        Candidate inside = police.alternates().get(0);
        assertThat(inside.unit().id()).isEqualTo("INSIDE");
        assertThat(inside.reasons().etaSource()).isEqualTo(EtaSource.ROAD);
        assertThat(inside.reasons().distanceMeters()).isGreaterThan(2_000);
        for (Candidate c : List.of(police.picked().get(0), inside)) {
            double crowFlies = c.unit().position().metersTo(INCIDENT);
            assertThat(c.reasons().etaSeconds()).isGreaterThanOrEqualTo(crowFlies / roads.fastestMetersPerSecond());
        }
    }

    private void place(String id, GeoPoint at) {
        locator.upsert(new TrackedUnit(id, null, "police", List.of("patrol"), null, UnitStatus.AVAILABLE, at, 0));
    }
}
