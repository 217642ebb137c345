package org.sanhe.dispatch.domain.timer;

/** A measured interval, named by where it starts and ends. */
public enum IntervalKind {
    /** Call offered to call answered (NENA: 90% within 15 s). */
    CALL_TO_ANSWER,
    /** Call answered to an incident opened from it, or to its first link to an incident. */
    ANSWER_TO_INCIDENT,
    /** Incident opened to its first unit assigned. */
    INCIDENT_TO_DISPATCH,
    /** The originating call answered to the incident's first unit assigned (NFPA 1225: 90% within 60 s). */
    CALL_PROCESSING,
    /** A unit assigned to that unit on scene. */
    DISPATCH_TO_ON_SCENE,
    /** A unit assigned to its first report after (en route or on scene): the acknowledgement. */
    DISPATCH_TO_ACKNOWLEDGE
}
