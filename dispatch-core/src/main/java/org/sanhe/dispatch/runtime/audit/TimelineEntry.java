package org.sanhe.dispatch.runtime.audit;

import java.util.List;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.Event;

/** One step in an incident's history: the command, who gave it and when, and what it did to the incident. */
public record TimelineEntry(long sequence, long timestamp, Actor actor, Command command, List<Event> events) {
}
