package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.command.Command;

/**
 * How the centre's desks refuse a command: one {@link CommandRejected} event naming the command, and no change.
 * Called on the writer thread that applies the command.
 */
public final class Reject {

    private Reject() {
    }

    public static void with(EventSink out, Command command, RejectReason reason, String message) {
        out.accept(new CommandRejected(command.getClass().getSimpleName(), reason, message));
    }
}
