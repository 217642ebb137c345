package org.sanhe.dispatch.centre;

import org.sanhe.dispatch.command.Command;
import org.sanhe.dispatch.event.CommandRejected;
import org.sanhe.dispatch.event.EventSink;
import org.sanhe.dispatch.event.RejectReason;

/** How the desks refuse a command: one {@link CommandRejected} event, and no change. */
final class Reject {

    private Reject() {
    }

    static void with(EventSink out, Command command, RejectReason reason, String message) {
        out.accept(new CommandRejected(command.getClass().getSimpleName(), reason, message));
    }
}
