package org.sanhe.dispatch.event;

import org.sanhe.dispatch.incident.Note;

/** A note was added to an incident's log. */
public record NoteAdded(long incidentId, Note note) implements Event {
}
