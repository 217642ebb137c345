package org.sanhe.bench.roads;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.recommend.Recommender;
import org.sanhe.gis.recommend.RecommenderSettings;
import org.sanhe.gis.recommend.RoadTravelTimeEstimator;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.recommend.TravelTimeEstimator;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.roads.UnitPlaces;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.PositionListener;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * A main: (1) imports the Xi'an road file into a fresh cache and loads it again, with the time and the heap and RSS
 * after each; (2) 10,000 units spread over the road network's dense part, each placed on the network as its position
 * is reported (the CPU of 10,000 position reports with and without that, per 1,000 reports); (3) a recommendation
 * for 5 units at seeded incidents there, with road ETAs from one reverse search ({@link RoadTravelTimeEstimator}),
 * with one GraphHopper route per candidate ({@link RoutePerUnitEstimator}, the baseline), with one GraphHopper search
 * per candidate from snaps made on report ({@link RoutePerSnappedUnitEstimator}, to show what snapping accounts for)
 * and with the straight line (the recommender's own cost, ETAs aside), query by query so all see the same noise:
 * latency per recommendation (HdrHistogram), CPU per recommendation and the ETAs' part of it.
 *
 * <p>Usage: {@code RoadEtaLoad <cache-dir> [queries=2000] [warm-up=500]}
 */
public final class RoadEtaLoad {

    private static final long NOW = 1_800_000_000_000L;
    private static final int UNITS = 10_000;
    private static final List<Need> FIVE = List.of(new Need("police", 5, List.of()));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RoadEtaLoad() {
    }

    /** The recommender of this run with the given estimator. */
    private interface RecommenderWith {
        Recommender with(TravelTimeEstimator eta);
    }

    /** One way of estimating, its recommender, and what it measured. */
    private record Method(String name, Recommender recommender, CpuTimedEstimator eta, Histogram latency,
                          long[] cpuNanos) {

        Method(String name, RecommenderWith factory, TravelTimeEstimator estimator) {
            this(name, factory, new CpuTimedEstimator(estimator));
        }

        private Method(String name, RecommenderWith factory, CpuTimedEstimator eta) {
            this(name, factory.with(eta), eta, new Histogram(60_000_000_000L, 3), new long[1]);
        }
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        if (Files.exists(cache)) {
            throw new IllegalArgumentException(cache + " exists; give a fresh directory");
        }
        memory("before import");
        long start = System.nanoTime();
        RoadNetwork imported = RoadNetwork.open(RoadSettings.demo(cache));
        System.out.printf("import: %d ms (%d junctions, %d road segments)%n", (System.nanoTime() - start) / 1_000_000,
                imported.graph().getNodes(), imported.graph().getEdges());
        memory("after import");
        imported.close();
        start = System.nanoTime();
        RoadNetwork roads = RoadNetwork.open(RoadSettings.demo(cache));
        System.out.printf("load from cache: %d ms (imported again: %s)%n", (System.nanoTime() - start) / 1_000_000,
                roads.imported());
        memory("after load");
        for (int extraPool : new int[] {RecommenderSettings.defaults().extraPool(), 42, 192}) {
            compare(roads, queries, warmUp, extraPool);
        }
        memory("after the queries");
    }

    private static void compare(RoadNetwork roads, int queries, int warmUp, int extraPool) {
        RecommenderSettings settings = new RecommenderSettings(RecommenderSettings.defaults().stalePositionMillis(),
                RecommenderSettings.defaults().alternates(), extraPool);
        System.out.printf("pool: the %d units nearest as the crow flies are ranked by road (5 + %d alternates + %d)%n",
                5 + settings.alternates() + extraPool, settings.alternates(), extraPool);
        DistrictMap districts = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
        MetricProjection grid = new MetricProjection("EPSG:4545");
        StraightLineEstimator straight = StraightLineEstimator.urbanDefaults();
        UnitPlaces places = new UnitPlaces(roads);
        RoutePerSnappedUnitEstimator routePerSnapped = new RoutePerSnappedUnitEstimator(roads, straight);
        UnitLocator locator = new UnitLocator(districts.serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, grid, both(places, routePerSnapped));
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < UNITS; i++) {
            locator.upsert(new TrackedUnit(id(i), null, "police", List.of("patrol"), null, UnitStatus.AVAILABLE,
                    point(random), NOW));
        }
        positionReports(roads, districts, grid, locator, random);
        StationAreas areas = StationAreas.compute(Fleet.demo().stations(), districts.serviceArea(), grid);
        RecommenderWith factory = eta -> new Recommender(locator, districts, () -> areas, eta, settings);
        List<Method> methods = List.of(
                new Method("one reverse search", factory, new RoadTravelTimeEstimator(roads, places, straight,
                        RoadTravelTimeEstimator.DEFAULT_TIME_LIMIT_MILLIS)),
                new Method("one route per candidate (baseline)", factory, new RoutePerUnitEstimator(roads, straight)),
                new Method("one search per candidate, units snapped on report (baseline variant)", factory,
                        routePerSnapped),
                new Method("straight line (the recommender without road ETAs)", factory, straight));
        long onDemandBefore = places.placedOnDemand();
        for (int i = 0; i < queries + warmUp; i++) {
            GeoPoint incident = point(random);
            for (Method method : methods) {
                method.eta().counting(i >= warmUp);
                time(method, incident, i >= warmUp);
            }
        }
        methods.forEach(RoadEtaLoad::report);
        Method one = methods.get(0);
        Method each = methods.get(1);
        System.out.printf("ratio baseline/one-search: p50 %.1fx, p99 %.1fx, CPU per recommendation %.1fx,"
                        + " CPU of the ETAs alone %.1fx (units placed on demand during the queries: %d)%n",
                ratio(each, one, 50), ratio(each, one, 99), (double) each.cpuNanos()[0] / one.cpuNanos()[0],
                (double) each.eta().cpuNanos() / one.eta().cpuNanos(), places.placedOnDemand() - onDemandBefore);
        Method variant = methods.get(2);
        System.out.printf("ratio baseline variant (units snapped on report)/one-search: p50 %.1fx, CPU per"
                        + " recommendation %.1fx, CPU of the ETAs alone %.1fx%n", ratio(variant, one, 50),
                (double) variant.cpuNanos()[0] / one.cpuNanos()[0],
                (double) variant.eta().cpuNanos() / one.eta().cpuNanos());
    }

    /**
     * Every unit reports a new position, three times: the CPU of the last 10,000 reports into a locator that places
     * them on the network ({@link UnitPlaces}) and into one that does not (the same moves), per 1,000 reports; then
     * the units of {@code locator} make the same last moves (not measured).
     */
    private static void positionReports(RoadNetwork roads, DistrictMap districts, MetricProjection grid,
                                        UnitLocator locator, SplittableRandom random) {
        UnitLocator plain = new UnitLocator(districts.serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, grid, PositionListener.NONE);
        UnitLocator placing = new UnitLocator(districts.serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, grid, new UnitPlaces(roads));
        locator.units().forEach(plain::upsert);
        locator.units().forEach(placing::upsert);
        GeoPoint[] moves = new GeoPoint[UNITS];
        for (int i = 0; i < UNITS; i++) {
            moves[i] = point(random);
        }
        long placed = 0;
        long notPlacing = 0;
        for (int round = 0; round < 3; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < UNITS; i++) {
                plain.move(id(i), moves[(i + round) % UNITS], NOW);
            }
            long middle = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < UNITS; i++) {
                placing.move(id(i), moves[(i + round) % UNITS], NOW);
            }
            notPlacing = middle - start;
            placed = THREADS.getCurrentThreadCpuTime() - middle;
        }
        for (int i = 0; i < UNITS; i++) {
            locator.move(id(i), moves[(i + 2) % UNITS], NOW);
        }
        System.out.printf("position reports (the last of 3 rounds of %d): CPU %.2f ms per 1,000 placed on the"
                        + " network, %.2f ms per 1,000 not placed: placing costs %.2f ms per 1,000 reports%n", UNITS,
                placed / 1e6 / (UNITS / 1000.0), notPlacing / 1e6 / (UNITS / 1000.0),
                (placed - notPlacing) / 1e6 / (UNITS / 1000.0));
    }

    /** Tells both listeners of every position. */
    private static PositionListener both(PositionListener first, PositionListener second) {
        return new PositionListener() {
            @Override
            public void placed(String unitId, GeoPoint position) {
                first.placed(unitId, position);
                second.placed(unitId, position);
            }

            @Override
            public void removed(String unitId) {
                first.removed(unitId);
                second.removed(unitId);
            }
        };
    }

    private static void time(Method method, GeoPoint at, boolean record) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        method.recommender().recommend(at, FIVE, NOW);
        long elapsed = System.nanoTime() - start;
        if (record) {
            method.latency().recordValue(elapsed);
            method.cpuNanos()[0] += THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
    }

    private static double ratio(Method numerator, Method denominator, double percentile) {
        return (double) numerator.latency().getValueAtPercentile(percentile)
                / denominator.latency().getValueAtPercentile(percentile);
    }

    private static void report(Method method) {
        Histogram h = method.latency();
        System.out.printf("%s: %d recommendations, mean %.3f ms, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.2f ms,"
                        + " CPU %.3f ms per recommendation, of which the ETAs %.3f ms%n", method.name(),
                h.getTotalCount(), h.getMean() / 1e6, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6,
                method.cpuNanos()[0] / 1e6 / h.getTotalCount(), method.eta().cpuNanos() / 1e6 / h.getTotalCount());
    }

    private static String id(int i) {
        return String.format("P-%05d", i);
    }

    /** A point in the dense part of the road data: 34.19-34.32 N, 108.88-109.02 E. */
    private static GeoPoint point(SplittableRandom random) {
        return new GeoPoint(34.19 + random.nextDouble() * 0.13, 108.88 + random.nextDouble() * 0.14);
    }

    private static void memory(String when) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        System.out.printf("memory %s: heap used %.1f MiB (after GC), %s%n", when,
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, rss);
    }
}
