package org.sanhe.dispatch.domain.rules;

/**
 * How the core proposes duplicates. An open incident is a candidate when it is within {@code radiusMeters} and was
 * opened no more than {@code windowMillis} ago, or when one of its calls came from the same caller number within the
 * window. The score is the weighted mean of four parts, each between 0 and 1: distance (1 at the spot, 0 at the
 * radius), time (1 now, 0 at the window's edge), type (1 same type, 0.5 compatible type or the call's line, else 0)
 * and caller (1 same number).
 */
public record DuplicatePolicy(int radiusMeters, long windowMillis, int maxCandidates,
                              double distanceWeight, double timeWeight, double typeWeight, double callerWeight) {

    /** Defaults suited to a city: 500 m, 30 minutes, five candidates, distance and caller weigh most. */
    public static DuplicatePolicy defaults() {
        return new DuplicatePolicy(500, 30 * 60_000L, 5, 0.35, 0.2, 0.2, 0.25);
    }

    public double totalWeight() {
        return distanceWeight + timeWeight + typeWeight + callerWeight;
    }
}
