package org.sanhe.dispatch.domain.event;

/**
 * A unit was freed from an incident.
 *
 * @param reason why, null when none was given (e.g. {@code diverted to #12})
 */
public record UnitReleased(String unitId, long incidentId, String reason) implements Event {

    /** A release without a reason. */
    public UnitReleased(String unitId, long incidentId) {
        this(unitId, incidentId, null);
    }
}
