package org.sanhe.dispatch.domain.event;

/** An active alert reached its {@code expires} time (on arrival, or when its timer fired). */
public record AlertExpired(long alertId) implements Event {
}
