package org.sanhe.dispatch.event;

/** A user was removed. */
public record UserRemoved(String username) implements Event {
}
