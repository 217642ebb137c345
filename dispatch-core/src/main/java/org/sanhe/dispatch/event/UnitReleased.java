package org.sanhe.dispatch.event;

/** A unit was freed from an incident. */
public record UnitReleased(String unitId, long incidentId) implements Event {
}
