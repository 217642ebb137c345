package org.sanhe.dispatch.domain.event;

/** The caller hung up while waiting in the queue. */
public record CallAbandoned(String callId, long holdMillis, long abandonedAt) implements Event {
}
