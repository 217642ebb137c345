package org.sanhe.bench.roads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.recommend.TravelEstimate;
import org.sanhe.gis.recommend.TravelTimeEstimator;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * Wraps an estimator and adds up the CPU time of its calls on the calling thread (from {@link ThreadMXBean}), so
 * that the benchmark can tell the ETAs' share of a recommendation from the rest (nearest units, districts, reasons).
 * One thread only, as the benchmark.
 */
final class CpuTimedEstimator implements TravelTimeEstimator {

    private final TravelTimeEstimator estimator;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private boolean counting;
    private long cpuNanos;

    CpuTimedEstimator(TravelTimeEstimator estimator) {
        this.estimator = estimator;
    }

    @Override
    public TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units) {
        long start = threads.getCurrentThreadCpuTime();
        TravelEstimate[] out = estimator.estimate(destination, units);
        if (counting) {
            cpuNanos += threads.getCurrentThreadCpuTime() - start;
        }
        return out;
    }

    /** Whether calls from now on are added up (off during the warm-up). */
    void counting(boolean on) {
        counting = on;
    }

    long cpuNanos() {
        return cpuNanos;
    }
}
