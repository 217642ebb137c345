package org.sanhe.dispatch.runtime.sequencer;

import java.util.List;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.Event;

/**
 * What became of a submitted command.
 *
 * @param sequence  its journal sequence
 * @param timestamp the time stamped on it, epoch milliseconds
 * @param events    the events it produced, in order
 */
public record Outcome(long sequence, long timestamp, List<Event> events) {

    public Outcome {
        events = List.copyOf(events);
    }

    /** The rejection, or null when the command was accepted. */
    public CommandRejected rejection() {
        return events.size() == 1 && events.get(0) instanceof CommandRejected r ? r : null;
    }

    public boolean accepted() {
        return rejection() == null;
    }
}
