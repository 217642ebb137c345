package org.sanhe.dispatch.domain.timer;

/** What a timer watches. */
public enum TimerKind {
    /** A queued call not answered in time. */
    CALL_ANSWER,
    /** An incident with no unit assigned in time, by priority. */
    INCIDENT_DISPATCH,
    /** A dispatched unit not en route in time. */
    UNIT_ACKNOWLEDGE,
    /** A public warning (CAP alert) that ends at its {@code expires} time. */
    ALERT_EXPIRY
}
