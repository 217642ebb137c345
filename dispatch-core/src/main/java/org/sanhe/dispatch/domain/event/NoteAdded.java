package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.incident.Note;

/** A note was added to an incident's log. */
public record NoteAdded(long incidentId, Note note) implements Event {
}
