package org.sanhe.dispatch.event;

/** A call ended. */
public record CallEnded(String callId, String cause, long endedAt) implements Event {
}
