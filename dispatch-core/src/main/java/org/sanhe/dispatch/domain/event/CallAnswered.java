package org.sanhe.dispatch.domain.event;

/** A call-taker answered a call; {@code seat} is the phone that answered, null when unknown. */
public record CallAnswered(String callId, String callTaker, String seat, long answeredAt) implements Event {
}
