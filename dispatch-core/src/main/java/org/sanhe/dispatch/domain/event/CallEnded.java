package org.sanhe.dispatch.domain.event;

/** A call ended. */
public record CallEnded(String callId, String cause, long endedAt) implements Event {
}
