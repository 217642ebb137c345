package org.sanhe.dispatch.domain.event;

/** A user was removed. */
public record UserRemoved(String username) implements Event {
}
