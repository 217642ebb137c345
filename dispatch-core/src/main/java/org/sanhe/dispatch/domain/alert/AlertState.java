package org.sanhe.dispatch.domain.alert;

/** Where an alert stands. Only {@link #ACTIVE} alerts are shown to the centre. */
public enum AlertState {
    /** In force: received, not yet expired, updated or cancelled. */
    ACTIVE,
    /** Superseded by an {@code Update} that referenced it. */
    UPDATED,
    /** Ended by a {@code Cancel} that referenced it. */
    CANCELLED,
    /** Its {@code expires} time passed. */
    EXPIRED,
    /** Kept as received without effect of its own: a {@code Cancel}, {@code Ack}, {@code Error} or a draft. */
    RECORDED
}
