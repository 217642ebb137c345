package org.sanhe.dispatch.event;

/** A call-taker answered a call. */
public record CallAnswered(String callId, String callTaker, long answeredAt) implements Event {
}
