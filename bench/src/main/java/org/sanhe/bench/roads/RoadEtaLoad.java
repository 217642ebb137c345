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
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * A main: (1) imports the Xi'an road file into a fresh cache and loads it again, with the time and the heap and RSS
 * after each; (2) 10,000 units spread over the road network's dense part, and a recommendation for 5 units at
 * seeded incidents there, with road ETAs from one reverse search ({@link RoadTravelTimeEstimator}) and with one
 * GraphHopper route per candidate ({@link RoutePerUnitEstimator}), alternated query by query so both see the same
 * noise; latency per recommendation (HdrHistogram) and CPU per recommendation of each.
 *
 * <p>Usage: {@code RoadEtaLoad <cache-dir> [queries=2000] [warm-up=500]}
 */
public final class RoadEtaLoad {

    private static final long NOW = 1_800_000_000_000L;
    private static final List<Need> FIVE = List.of(new Need("police", 5, List.of()));

    private RoadEtaLoad() {
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
        UnitLocator locator = new UnitLocator(districts.serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, grid);
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 10_000; i++) {
            locator.upsert(new TrackedUnit(String.format("P-%05d", i), null, "police", List.of("patrol"), null,
                    UnitStatus.AVAILABLE, point(random), NOW));
        }
        StationAreas areas = StationAreas.compute(Fleet.demo().stations(), districts.serviceArea(), grid);
        StraightLineEstimator straight = StraightLineEstimator.urbanDefaults();
        Recommender oneSearch = new Recommender(locator, districts, () -> areas, new RoadTravelTimeEstimator(roads, straight),
                settings);
        Recommender perUnit = new Recommender(locator, districts, () -> areas, new RoutePerUnitEstimator(roads, straight),
                settings);
        GeoPoint[] incidents = new GeoPoint[queries + warmUp];
        for (int i = 0; i < incidents.length; i++) {
            incidents[i] = point(random);
        }
        Histogram one = new Histogram(60_000_000_000L, 3);
        Histogram each = new Histogram(60_000_000_000L, 3);
        long[] cpu = new long[2];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < incidents.length; i++) {
            boolean record = i >= warmUp;
            time(oneSearch, incidents[i], record ? one : null, threads, cpu, 0);
            time(perUnit, incidents[i], record ? each : null, threads, cpu, 1);
        }
        report("one reverse search", one, cpu[0]);
        report("one route per candidate (baseline)", each, cpu[1]);
        System.out.printf("ratio baseline/one-search: mean %.1fx, p50 %.1fx, p99 %.1fx, CPU %.1fx%n",
                each.getMean() / one.getMean(), (double) each.getValueAtPercentile(50)
                        / one.getValueAtPercentile(50), (double) each.getValueAtPercentile(99)
                        / one.getValueAtPercentile(99), (double) cpu[1] / cpu[0]);
    }

    private static void time(Recommender recommender, GeoPoint at, Histogram histogram, ThreadMXBean threads,
                             long[] cpu, int slot) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        recommender.recommend(at, FIVE, NOW);
        long elapsed = System.nanoTime() - start;
        if (histogram != null) {
            histogram.recordValue(elapsed);
            cpu[slot] += threads.getCurrentThreadCpuTime() - cpuStart;
        }
    }

    private static void report(String name, Histogram h, long cpuNanos) {
        System.out.printf("%s: %d recommendations, mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms,"
                        + " CPU %.2f ms per recommendation%n", name, h.getTotalCount(), h.getMean() / 1e6,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6, cpuNanos / 1e6 / h.getTotalCount());
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
