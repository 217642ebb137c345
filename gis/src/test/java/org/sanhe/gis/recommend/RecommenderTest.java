package org.sanhe.gis.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

class RecommenderTest {

    private static final MetricProjection GRID = new MetricProjection("EPSG:4545");
    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final Fleet FLEET = Fleet.demo();
    private static final StationAreas AREAS = StationAreas.compute(FLEET.stations(), XIAN.serviceArea(), GRID);
    /** The Big Wild Goose Pagoda (大雁塔), well inside Yanta District (610113). */
    private static final GeoPoint PAGODA = new GeoPoint(34.2189, 108.9594);
    private static final long NOW = 1_800_000_000_000L;

    private final UnitLocator locator = new UnitLocator(XIAN.serviceArea().getEnvelopeInternal(), 1000, GRID);
    private final Recommender recommender = new Recommender(locator, XIAN, () -> AREAS,
            StraightLineEstimator.urbanDefaults(), RecommenderSettings.defaults());

    @Test
    void onlyAvailableUnitsOfTheRightAgencyRankedByEta() {
        unit("P-1", "police", List.of("patrol"), UnitStatus.AVAILABLE, 100);
        unit("F-1", "fire", List.of("pumper"), UnitStatus.DISPATCHED, 200);
        unit("F-2", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 3_000);
        unit("F-3", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 1_000);
        unit("F-4", "fire", List.of("pumper"), UnitStatus.OUT_OF_SERVICE, 300);
        unit("F-5", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 2_000);

        NeedRecommendation fire = recommender.recommend(PAGODA, List.of(new Need("fire", 1, List.of())), NOW)
                .needs().get(0);

        assertThat(fire.picked()).extracting(c -> c.unit().id()).containsExactly("F-3");
        assertThat(fire.alternates()).extracting(c -> c.unit().id()).containsExactly("F-5", "F-2");
        assertThat(fire.picked().get(0).reasons().distanceMeters()).isBetween(990.0, 1010.0);
        assertThat(fire.alternates()).extracting(c -> c.reasons().etaSeconds()).isSorted();
    }

    @Test
    void fillsFireTimesTwoAndPoliceTimesOneWithTheNearest() {
        unit("F-1", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 2_500);
        unit("F-2", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 800);
        unit("F-3", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 1_500);
        unit("P-1", "police", List.of("patrol"), UnitStatus.AVAILABLE, 900);
        unit("P-2", "police", List.of("patrol"), UnitStatus.AVAILABLE, 400);

        Recommendation r = recommender.recommend(PAGODA,
                List.of(new Need("fire", 2, List.of()), new Need("police", 1, List.of())), NOW);

        assertThat(r.district()).isEqualTo("610113");
        assertThat(r.fillsPlan()).isTrue();
        assertThat(r.needs().get(0).picked()).extracting(c -> c.unit().id()).containsExactly("F-2", "F-3");
        assertThat(r.needs().get(1).picked()).extracting(c -> c.unit().id()).containsExactly("P-2");
    }

    @Test
    void capabilitiesAreRespectedAndTheScarceUnitIsKeptForTheNeedThatAsksForIt() {
        unit("F-1", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 500);
        unit("F-2", "fire", List.of("ladder"), UnitStatus.AVAILABLE, 300);
        unit("F-3", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 4_000);

        Recommendation r = recommender.recommend(PAGODA,
                List.of(new Need("fire", 2, List.of()), new Need("fire", 1, List.of("ladder"))), NOW);

        assertThat(r.needs().get(1).picked()).extracting(c -> c.unit().id()).containsExactly("F-2");
        assertThat(r.needs().get(1).picked().get(0).reasons().matchedCapabilities()).containsExactly("ladder");
        assertThat(r.needs().get(0).picked()).extracting(c -> c.unit().id()).containsExactly("F-1", "F-3");
    }

    @Test
    void rankingIsByTravelTimeNotDistance() {
        // Tow truck at 40 km/h, motorcycle at 50 km/h: the farther motorcycle arrives first.
        unit("T-1", "traffic", List.of("tow"), UnitStatus.AVAILABLE, 1_000);
        unit("T-2", "traffic", List.of("motorcycle"), UnitStatus.AVAILABLE, 1_200);

        NeedRecommendation traffic = recommender.recommend(PAGODA, List.of(new Need("traffic", 1, List.of())), NOW)
                .needs().get(0);

        assertThat(traffic.picked()).extracting(c -> c.unit().id()).containsExactly("T-2");
        assertThat(traffic.alternates()).extracting(c -> c.unit().id()).containsExactly("T-1");
    }

    @Test
    void warnsAboutStaleAndUndatedPositions() {
        unitAt("P-1", "police", List.of("patrol"), UnitStatus.AVAILABLE, east(PAGODA, 100), NOW - 10_000);
        unitAt("P-2", "police", List.of("patrol"), UnitStatus.AVAILABLE, east(PAGODA, 200), NOW - 600_000);
        unitAt("P-3", "police", List.of("patrol"), UnitStatus.AVAILABLE, east(PAGODA, 300), 0);

        NeedRecommendation police = recommender.recommend(PAGODA, List.of(new Need("police", 3, List.of())), NOW)
                .needs().get(0);

        assertThat(police.picked()).extracting(c -> c.reasons().warnings()).containsExactly(List.of(),
                List.of(Warning.STALE_POSITION), List.of(Warning.POSITION_TIME_UNKNOWN));
        assertThat(police.picked()).extracting(c -> c.reasons().positionAgeMillis())
                .containsExactly(10_000L, 600_000L, -1L);
    }

    @Test
    void unitsWithoutPositionAreReportedNotRankedAndTheShortfallShows() {
        unitAt("F-1", "fire", List.of("pumper"), UnitStatus.AVAILABLE, null, 0);
        unit("F-2", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 1_000);

        NeedRecommendation fire = recommender.recommend(PAGODA, List.of(new Need("fire", 2, List.of())), NOW)
                .needs().get(0);

        assertThat(fire.picked()).extracting(c -> c.unit().id()).containsExactly("F-2");
        assertThat(fire.withoutPosition()).containsExactly("F-1");
        assertThat(fire.shortfall()).isEqualTo(1);
    }

    @Test
    void sameDistrictAndFirstDueReasons() {
        Station firstDue = AREAS.firstDue("fire", PAGODA).orElseThrow();
        locator.upsert(new TrackedUnit("F-1", null, "fire", List.of("pumper"), firstDue.id(), UnitStatus.AVAILABLE,
                east(PAGODA, 500), NOW));
        // The Xi'an Jiaotong University Xingqing campus, in Beilin District (610103).
        locator.upsert(new TrackedUnit("F-2", null, "fire", List.of("pumper"), "FS-99", UnitStatus.AVAILABLE,
                new GeoPoint(34.2466, 108.9836), NOW));

        NeedRecommendation fire = recommender.recommend(PAGODA, List.of(new Need("fire", 2, List.of())), NOW)
                .needs().get(0);

        assertThat(fire.picked()).extracting(c -> c.unit().id(), c -> c.reasons().sameDistrict(),
                c -> c.reasons().firstDue()).containsExactly(
                        tuple("F-1", true, true),
                        tuple("F-2", false, false));
    }

    @Test
    void takesTheOpenPartOfTheCoresCoverage() {
        unit("F-1", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 700);
        unit("F-2", "fire", List.of("pumper"), UnitStatus.AVAILABLE, 900);
        Unit assigned = new Unit("F-9", "F-9", "fire", List.of("pumper"), "FS-01", PAGODA, NOW);
        Coverage coverage = Coverage.of(List.of(new Need("fire", 2, List.of())), List.of(assigned));

        Recommendation r = recommender.recommend(PAGODA, coverage, NOW);

        assertThat(r.needs()).singleElement().satisfies(n -> {
            assertThat(n.need().count()).isEqualTo(1);
            assertThat(n.picked()).extracting(c -> c.unit().id()).containsExactly("F-1");
        });
    }

    @Test
    void anIncidentOutsideTheServiceAreaStillGetsUnitsButNoDistrict() {
        unit("P-1", "police", List.of("patrol"), UnitStatus.AVAILABLE, 1_000);

        Recommendation r = recommender.recommend(new GeoPoint(34.33, 108.71), List.of(new Need("police", 1,
                List.of())), NOW);

        assertThat(r.district()).isNull();
        assertThat(r.needs().get(0).picked()).hasSize(1);
        assertThat(r.needs().get(0).picked().get(0).reasons().firstDue()).isFalse();
    }

    private void unit(String id, String agency, List<String> capabilities, UnitStatus status, double metersEast) {
        unitAt(id, agency, capabilities, status, east(PAGODA, metersEast), NOW);
    }

    private void unitAt(String id, String agency, List<String> capabilities, UnitStatus status, GeoPoint at,
                        long positionAt) {
        locator.upsert(new TrackedUnit(id, null, agency, capabilities, null, status, at, positionAt));
    }

    private static GeoPoint east(GeoPoint from, double meters) {
        Coordinate c = GRID.toMetric(from);
        return GRID.toWgs84(new Coordinate(c.x + meters, c.y));
    }
}
