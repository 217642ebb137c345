package org.sanhe.dispatch.domain.event;

/** A dispatched unit has not reported en route (or on scene) by the deadline. */
public record AcknowledgementOverdue(String unitId, long incidentId, long waitedMillis) implements Event {
}
