package org.sanhe.bench.gis;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.tracking.LinearScan;
import org.sanhe.gis.tracking.Nearby;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * Position updates sustained while recommending: one thread moves units (each move projects the position with
 * proj4j and re-files the unit in the grid) as fast as it can while another asks for the nearest 5 available, on
 * 10 000 units. The baseline is the linear scan under a lock, updated and queried the same way. Read the
 * throughput of each thread of the group: the goal is at least 10 000 updates per second beside the queries.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UpdatesWhileRecommendingBenchmark {

    private static final int UNITS = 10_000;

    private final GeoPoint[] moves = DemoCity.points(8192, 5);
    private final GeoPoint[] queries = DemoCity.points(4096, 9);
    private TrackedUnit[] units;
    private UnitLocator locator;
    private LinearScan scan;
    private int nextMove;
    private int nextQuery;

    @Setup
    public void setUp() {
        MetricProjection grid = DemoCity.GRID;
        units = DemoCity.units(UNITS, 1, 1);
        locator = new UnitLocator(DemoCity.DISTRICTS.serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, grid);
        scan = new LinearScan(grid);
        for (TrackedUnit unit : units) {
            locator.upsert(unit);
            scan.upsert(unit);
        }
    }

    @Benchmark
    @Group("grid")
    @GroupThreads(1)
    public boolean gridUpdate() {
        int i = nextMove++;
        return locator.move(units[i % UNITS].id(), moves[i & 8191], i);
    }

    @Benchmark
    @Group("grid")
    @GroupThreads(1)
    public List<Nearby> gridQuery() {
        return locator.nearest(queries[nextQuery++ & 4095], DemoCity.AGENCY, 5,
                u -> u.status() == UnitStatus.AVAILABLE);
    }

    @Benchmark
    @Group("linearScan")
    @GroupThreads(1)
    public void scanUpdate() {
        int i = nextMove++;
        TrackedUnit moved = units[i % UNITS].movedTo(moves[i & 8191], i);
        synchronized (scan) {
            scan.upsert(moved);
        }
    }

    @Benchmark
    @Group("linearScan")
    @GroupThreads(1)
    public List<Nearby> scanQuery() {
        GeoPoint from = queries[nextQuery++ & 4095];
        synchronized (scan) {
            return scan.nearest(from, DemoCity.AGENCY, 5, u -> u.status() == UnitStatus.AVAILABLE);
        }
    }
}
