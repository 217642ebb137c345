package org.sanhe.dispatch.domain.call;

/** Where a call stands. */
public enum CallState {
    /** Offered to the centre, waiting for a call-taker. */
    QUEUED,
    /** A call-taker is talking to the caller. */
    ANSWERED,
    /** Hung up after being answered (or before it was queued). */
    ENDED,
    /** The caller hung up while waiting. */
    ABANDONED;

    public boolean isLive() {
        return this == QUEUED || this == ANSWERED;
    }
}
