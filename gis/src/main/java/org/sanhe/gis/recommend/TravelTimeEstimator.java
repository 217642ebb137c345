package org.sanhe.gis.recommend;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * Estimates how long units take to reach a destination. One-to-many, because that is what a road router computes
 * cheaply (one reverse shortest-path tree from the destination). Called by {@link Recommender} on the querying
 * thread, possibly from several threads at once: implementations must be thread-safe and must not block for long.
 */
public interface TravelTimeEstimator {

    /**
     * Each unit's travel from its current position to {@code destination}, in the order of {@code units}; every
     * unit has a position.
     */
    TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units);

    /** Seconds only, as {@link #estimate}; {@link Double#POSITIVE_INFINITY} when a unit cannot get there. */
    default double[] etaSeconds(GeoPoint destination, List<TrackedUnit> units) {
        TravelEstimate[] estimates = estimate(destination, units);
        double[] out = new double[estimates.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimates[i].seconds();
        }
        return out;
    }
}
