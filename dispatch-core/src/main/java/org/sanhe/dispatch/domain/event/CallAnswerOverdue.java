package org.sanhe.dispatch.domain.event;

/** A call is still queued after the answer deadline. */
public record CallAnswerOverdue(String callId, long waitedMillis) implements Event {
}
