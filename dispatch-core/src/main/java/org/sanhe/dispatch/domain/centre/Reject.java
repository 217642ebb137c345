package org.sanhe.dispatch.domain.centre;

import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.RejectReason;

/** How the desks refuse a command: one {@link CommandRejected} event, and no change. */
final class Reject {

    private Reject() {
    }

    static void with(EventSink out, Command command, RejectReason reason, String message) {
        out.accept(new CommandRejected(command.getClass().getSimpleName(), reason, message));
    }
}
