package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.timer.IntervalKind;

/**
 * An interval completed.
 *
 * @param callId     the call it concerns, or null
 * @param incidentId the incident it concerns, or 0
 * @param unitId     the unit it concerns, or null
 */
public record IntervalMeasured(IntervalKind kind, String callId, long incidentId, String unitId, long millis)
        implements Event {
}
