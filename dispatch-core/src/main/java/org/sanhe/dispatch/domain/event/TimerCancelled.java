package org.sanhe.dispatch.domain.event;

/** A pending timer is no longer wanted: what it watched happened in time. */
public record TimerCancelled(long timerId) implements Event {
}
