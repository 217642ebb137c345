package org.sanhe.dispatch.domain.event;

/** A user's password was reset (by the command's actor). */
public record PasswordReset(String username) implements Event {
}
