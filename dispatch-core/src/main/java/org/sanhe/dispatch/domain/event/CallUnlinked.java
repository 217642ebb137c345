package org.sanhe.dispatch.domain.event;

/** A call was unbound from an incident. */
public record CallUnlinked(String callId, long incidentId) implements Event {
}
