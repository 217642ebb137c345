package org.sanhe.dispatch.runtime.publish;

import java.util.List;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.Event;

/** A journaled and applied command with the events it produced (a single CommandRejected when refused). */
public record Published(long sequence, long timestamp, Actor actor, Command command, List<Event> events)
        implements Delivery {
}
