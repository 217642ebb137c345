package org.sanhe.dispatch.domain.unit;

/**
 * What the system proposed for a unit when a dispatcher assigned it: its rank in the recommendation the dispatcher
 * was shown (1 is the first proposed) and the ETA shown with it. An assignment without a proposal was chosen off the
 * list: an override. Recorded on the assignment so that an auditor can tell the one from the other.
 *
 * @param rank       1-based position in the recommendation
 * @param etaSeconds the ETA shown, in seconds
 */
public record Proposal(int rank, long etaSeconds) {

    public Proposal {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more, was " + rank);
        }
        if (etaSeconds < 0) {
            throw new IllegalArgumentException("etaSeconds must not be negative, was " + etaSeconds);
        }
    }
}
