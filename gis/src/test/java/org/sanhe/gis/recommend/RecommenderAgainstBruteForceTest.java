package org.sanhe.gis.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * The recommender (grid index, then ETA re-ranking of a pool) proposes exactly what a brute-force ranking of every
 * unit proposes, on seeded random fleets and needs. The seed is in every failure message.
 */
class RecommenderAgainstBruteForceTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final StationAreas NO_STATIONS = StationAreas.compute(List.of(), XIAN.serviceArea(),
            new MetricProjection("EPSG:4545"));
    private static final Map<String, List<String>> CAPABILITIES = Map.of(
            "police", List.of("patrol", "k9", "swat"), "traffic", List.of("motorcycle", "tow"),
            "fire", List.of("pumper", "ladder", "rescue", "hazmat"));
    private static final List<String> AGENCIES = List.of("police", "traffic", "fire");
    private static final TravelTimeEstimator TRAVEL = new StraightLineEstimator(1.4,
            Map.of("police", 11.0, "traffic", 12.0, "fire", 9.5), Map.of(), 10.0);
    private static final RecommenderSettings SETTINGS = RecommenderSettings.defaults();

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void proposesWhatABruteForceRankingProposes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        UnitLocator locator = new UnitLocator(XIAN.serviceArea().getEnvelopeInternal(), 1000,
                new MetricProjection("EPSG:4545"));
        List<TrackedUnit> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            TrackedUnit unit = randomUnit(random, i);
            all.add(unit);
            locator.upsert(unit);
        }
        Recommender recommender = new Recommender(locator, XIAN, () -> NO_STATIONS, TRAVEL, SETTINGS);
        for (int q = 0; q < 60; q++) {
            GeoPoint at = randomPoint(random);
            List<Need> needs = randomNeeds(random);
            Recommendation r = recommender.recommend(at, needs, 0);
            List<List<String>> expected = bruteForce(all, at, needs);
            for (int n = 0; n < needs.size(); n++) {
                NeedRecommendation got = r.needs().get(n);
                List<String> ids = new ArrayList<>();
                got.picked().forEach(c -> ids.add(c.unit().id()));
                got.alternates().forEach(c -> ids.add(c.unit().id()));
                assertThat(ids).as("seed %d query %d need %s at %s", seed, q, needs.get(n), at)
                        .isEqualTo(expected.get(n));
            }
        }
    }

    private static List<List<String>> bruteForce(List<TrackedUnit> all, GeoPoint at, List<Need> needs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -needs.get(i).capabilities().size()));
        Set<String> taken = new HashSet<>();
        List<List<String>> out = new ArrayList<>(Collections.nCopies(needs.size(), List.<String>of()));
        for (int i : order) {
            Need need = needs.get(i);
            List<TrackedUnit> fit = all.stream().filter(u -> u.position() != null
                    && u.status() == UnitStatus.AVAILABLE && need.isMetBy(u.agency(), u.capabilities())
                    && !taken.contains(u.id())).toList();
            double[] eta = TRAVEL.etaSeconds(at, fit);
            List<Integer> ranked = new ArrayList<>();
            for (int j = 0; j < fit.size(); j++) {
                ranked.add(j);
            }
            ranked.sort(Comparator.comparingDouble((Integer j) -> eta[j])
                    .thenComparingDouble(j -> fit.get(j).position().metersTo(at))
                    .thenComparing(j -> fit.get(j).id()));
            List<String> ids = ranked.stream().limit(need.count() + SETTINGS.alternates())
                    .map(j -> fit.get(j).id()).toList();
            taken.addAll(ids.subList(0, Math.min(need.count(), ids.size())));
            out.set(i, ids);
        }
        return out;
    }

    private static List<Need> randomNeeds(SplittableRandom random) {
        List<Need> needs = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
            List<String> caps = random.nextInt(3) == 0
                    ? List.of(CAPABILITIES.get(agency).get(random.nextInt(CAPABILITIES.get(agency).size())))
                    : List.of();
            needs.add(new Need(agency, 1 + random.nextInt(4), caps));
        }
        return needs;
    }

    private static TrackedUnit randomUnit(SplittableRandom random, int i) {
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        List<String> pool = CAPABILITIES.get(agency);
        List<String> caps = List.of(pool.get(random.nextInt(pool.size())), pool.get(random.nextInt(pool.size())));
        UnitStatus status = random.nextInt(4) == 0 ? UnitStatus.EN_ROUTE : UnitStatus.AVAILABLE;
        GeoPoint position = random.nextInt(50) == 0 ? null : randomPoint(random);
        return new TrackedUnit(String.format("U-%05d", i), null, agency, caps, null, status, position, 1);
    }

    private static GeoPoint randomPoint(SplittableRandom random) {
        if (random.nextBoolean()) {
            return new GeoPoint(34.18 + random.nextDouble() * 0.16, 108.85 + random.nextDouble() * 0.2);
        }
        return new GeoPoint(33.7 + random.nextDouble() * 1.0, 107.7 + random.nextDouble() * 2.1);
    }
}
