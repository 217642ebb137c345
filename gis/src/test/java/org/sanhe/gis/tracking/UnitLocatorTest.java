package org.sanhe.gis.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.dispatch.domain.event.UnitMoved;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.projection.MetricProjection;

class UnitLocatorTest {

    /** Roughly the envelope of Xi'an's 13 districts. */
    private static final Envelope XIAN = new Envelope(107.6, 109.85, 33.65, 34.75);
    private static final String[] AGENCIES = {"police", "traffic", "fire"};
    private static final UnitStatus[] STATUSES = UnitStatus.values();

    /**
     * The grid and the linear scan return the same top-k, tie-breaks included, on seeded random fleets that move,
     * change status and wander outside the grid. The seed is in every failure message.
     */
    @ParameterizedTest(name = "seed {0}, cell {1} m")
    @CsvSource({"1, 1000", "2, 150", "3, 5000", "4, 1000", "5, 400"})
    void gridAgreesWithLinearScan(long seed, double cellMeters) {
        SplittableRandom random = new SplittableRandom(seed);
        UnitLocator locator = new UnitLocator(XIAN, cellMeters, new MetricProjection("EPSG:4545"));
        LinearScan scan = new LinearScan(new MetricProjection("EPSG:4545"));
        List<TrackedUnit> fleet = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            fleet.add(randomUnit(random, String.format("U-%04d", i), 0));
        }
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < fleet.size(); i++) {
                if (round == 0 || random.nextInt(3) == 0) {
                    TrackedUnit unit = round == 0 ? fleet.get(i) : randomUnit(random, fleet.get(i).id(), round);
                    locator.upsert(unit);
                    scan.upsert(unit);
                }
            }
            for (int q = 0; q < 60; q++) {
                GeoPoint from = randomPoint(random);
                String agency = AGENCIES[random.nextInt(AGENCIES.length)];
                int k = 1 + random.nextInt(25);
                assertThat(locator.nearest(from, agency, k, u -> u.status() == UnitStatus.AVAILABLE))
                        .as("seed %d round %d query %d from %s %s k=%d", seed, round, q, from, agency, k)
                        .isEqualTo(scan.nearest(from, agency, k, u -> u.status() == UnitStatus.AVAILABLE));
            }
        }
    }

    @Test
    void feedsFromTheCoresUnitEvents() {
        UnitLocator locator = new UnitLocator(XIAN, 1000, new MetricProjection("EPSG:4545"));
        GeoPoint home = new GeoPoint(34.26, 108.95);
        GeoPoint moved = new GeoPoint(34.20, 108.90);

        locator.apply(new UnitRegistered("F-0301", "Fire 1", "fire", List.of("pumper"), "FS-01",
                UnitStatus.AVAILABLE, home), 1_000L);
        assertThat(locator.get("F-0301")).map(TrackedUnit::positionAt).contains(1_000L);

        assertThat(locator.apply(new UnitMoved("F-0301", moved, 2_000L), 2_500L)).isTrue();
        assertThat(locator.apply(new UnitStatusChanged("F-0301", UnitStatus.AVAILABLE, UnitStatus.DISPATCHED, 7),
                3_000L)).isTrue();
        assertThat(locator.apply(new UnitReleased("F-0301", 7), 4_000L)).isFalse();
        assertThat(locator.apply(new UnitMoved("X-9999", moved, 2_000L), 2_500L)).isFalse();

        TrackedUnit unit = locator.get("F-0301").orElseThrow();
        assertThat(unit.position()).isEqualTo(moved);
        assertThat(unit.positionAt()).isEqualTo(2_000L);
        assertThat(unit.status()).isEqualTo(UnitStatus.DISPATCHED);
        assertThat(locator.nearest(home, "fire", 5, u -> true)).extracting(n -> n.unit().id())
                .containsExactly("F-0301");
        assertThat(locator.nearest(home, "fire", 5, u -> u.status() == UnitStatus.AVAILABLE)).isEmpty();
    }

    @Test
    void unitsWithoutPositionAreListedApartAndNeverRanked() {
        UnitLocator locator = new UnitLocator(XIAN, 1000, new MetricProjection("EPSG:4545"));
        locator.upsert(new TrackedUnit("P-0101", null, "police", List.of("patrol"), "PS-01", UnitStatus.AVAILABLE,
                null, 0));
        locator.upsert(new TrackedUnit("P-0102", null, "police", List.of("patrol"), "PS-01", UnitStatus.AVAILABLE,
                new GeoPoint(34.25, 108.95), 10));

        assertThat(locator.nearest(new GeoPoint(34.25, 108.95), "police", 5, u -> true))
                .extracting(n -> n.unit().id()).containsExactly("P-0102");
        assertThat(locator.withoutPosition("police", u -> true)).extracting(TrackedUnit::id)
                .containsExactly("P-0101");
        assertThat(locator.nearest(new GeoPoint(34.25, 108.95), "fire", 5, u -> true)).isEmpty();

        locator.move("P-0101", new GeoPoint(34.26, 108.95), 20);
        assertThat(locator.withoutPosition("police", u -> true)).isEmpty();
        assertThat(locator.nearest(new GeoPoint(34.25, 108.95), "police", 5, u -> true)).hasSize(2);
    }

    @Test
    void aUnitThatChangesAgencyLeavesItsOldGrid() {
        UnitLocator locator = new UnitLocator(XIAN, 1000, new MetricProjection("EPSG:4545"));
        GeoPoint at = new GeoPoint(34.25, 108.95);
        locator.upsert(new TrackedUnit("U-1", null, "police", List.of(), null, UnitStatus.AVAILABLE, at, 1));
        locator.upsert(new TrackedUnit("U-1", null, "traffic", List.of(), null, UnitStatus.AVAILABLE, at, 2));

        assertThat(locator.nearest(at, "police", 3, u -> true)).isEmpty();
        assertThat(locator.nearest(at, "traffic", 3, u -> true)).hasSize(1);
    }

    private static TrackedUnit randomUnit(SplittableRandom random, String id, long at) {
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
        UnitStatus status = random.nextInt(3) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : UnitStatus.AVAILABLE;
        GeoPoint position = random.nextInt(40) == 0 ? null : randomPoint(random);
        return new TrackedUnit(id, null, agency, List.of(), null, status, position, at);
    }

    /** Mostly inside the grid, clustered in the centre, sometimes well outside it. */
    private static GeoPoint randomPoint(SplittableRandom random) {
        if (random.nextInt(30) == 0) {
            return new GeoPoint(33.0 + random.nextDouble() * 2.5, 107.0 + random.nextDouble() * 3.5);
        }
        if (random.nextBoolean()) {
            return new GeoPoint(34.20 + random.nextDouble() * 0.12, 108.88 + random.nextDouble() * 0.15);
        }
        return new GeoPoint(XIAN.getMinY() + random.nextDouble() * XIAN.getHeight(),
                XIAN.getMinX() + random.nextDouble() * XIAN.getWidth());
    }
}
