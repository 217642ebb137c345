package org.sanhe.dispatch.domain.event;

/** A CAP message the centre already had arrived again: nothing changed; {@code alertId} is the alert it made. */
public record AlertRepeated(long alertId) implements Event {
}
