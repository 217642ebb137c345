package org.sanhe.dispatch.domain.event;

/**
 * A command was refused and changed nothing.
 *
 * @param command the command's simple type name, e.g. {@code AssignUnit}
 * @param reason  stable code for programs
 * @param message for people
 */
public record CommandRejected(String command, RejectReason reason, String message) implements Event {
}
