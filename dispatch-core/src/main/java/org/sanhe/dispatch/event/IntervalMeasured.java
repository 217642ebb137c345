package org.sanhe.dispatch.event;

import org.sanhe.dispatch.interval.IntervalKind;

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
