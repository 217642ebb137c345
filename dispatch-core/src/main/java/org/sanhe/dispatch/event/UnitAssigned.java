package org.sanhe.dispatch.event;

/** A unit was sent to an incident. */
public record UnitAssigned(String unitId, long incidentId) implements Event {
}
