package org.sanhe.bench.gis;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.recommend.Recommendation;
import org.sanhe.gis.recommend.Recommender;
import org.sanhe.gis.recommend.RecommenderSettings;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.LinearScan;
import org.sanhe.gis.tracking.Nearby;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * The best 5 available units of an agency among 10 000: the grid ({@code UnitLocator.nearest}) against a linear
 * scan over the same pre-projected positions, and the whole recommendation (pool of 18, ETA, reasons with district
 * and first-due lookups) for a need of 5.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NearestUnitsBenchmark {

    private static final long NOW = 1_800_000_000_000L;

    private final GeoPoint[] points = DemoCity.points(4096, 3);
    private final List<Need> fiveEngines = List.of(new Need(DemoCity.AGENCY, 5, List.of()));
    private UnitLocator locator;
    private LinearScan scan;
    private Recommender recommender;
    private int next;

    @Setup
    public void setUp() {
        MetricProjection grid = DemoCity.GRID;
        locator = new UnitLocator(DemoCity.DISTRICTS.serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, grid);
        scan = new LinearScan(grid);
        for (TrackedUnit unit : DemoCity.units(10_000, 1, NOW)) {
            locator.upsert(unit);
            scan.upsert(unit);
        }
        Fleet fleet = Fleet.demo();
        StationAreas areas = StationAreas.compute(fleet.stations(), DemoCity.DISTRICTS.serviceArea(), grid);
        recommender = new Recommender(locator, DemoCity.DISTRICTS, () -> areas, StraightLineEstimator.urbanDefaults(),
                RecommenderSettings.defaults());
    }

    @Benchmark
    public List<Nearby> gridNearest5() {
        return locator.nearest(points[next++ & 4095], DemoCity.AGENCY, 5,
                u -> u.status() == UnitStatus.AVAILABLE);
    }

    @Benchmark
    public List<Nearby> linearScanNearest5() {
        return scan.nearest(points[next++ & 4095], DemoCity.AGENCY, 5, u -> u.status() == UnitStatus.AVAILABLE);
    }

    @Benchmark
    public Recommendation recommend5() {
        return recommender.recommend(points[next++ & 4095], fiveEngines, NOW);
    }
}
