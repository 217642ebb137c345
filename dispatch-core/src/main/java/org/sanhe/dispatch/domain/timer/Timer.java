package org.sanhe.dispatch.domain.timer;

/**
 * A pending timer.
 *
 * @param id         numbered by the core from 1
 * @param kind       what it watches
 * @param dueAt      epoch milliseconds
 * @param callId     the call watched, or null
 * @param incidentId the incident watched, or 0
 * @param unitId     the unit watched, or null
 */
public record Timer(long id, TimerKind kind, long dueAt, String callId, long incidentId, String unitId) {
}
