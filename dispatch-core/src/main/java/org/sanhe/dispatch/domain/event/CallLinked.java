package org.sanhe.dispatch.domain.event;

/** A call was bound to an incident. */
public record CallLinked(String callId, long incidentId) implements Event {
}
