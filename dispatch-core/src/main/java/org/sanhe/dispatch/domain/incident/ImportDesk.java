package org.sanhe.dispatch.domain.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanhe.dispatch.domain.command.ImportIncident;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.IncidentImported;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.rules.IncidentType;

/**
 * The rules of incidents received from another centre ({@link ImportIncident}): the first document with a given id
 * opens an incident that keeps the source as its reference; a later one with the same id brings that incident up
 * to date through the incident desk's own rules (an unknown type or a bad priority is refused as for any change; a
 * closed incident is refused). The partner's calls are replaced by those of the newest document; its notes are
 * appended unless the log already holds a note with the same time, author and text, so a document sent twice adds
 * nothing. Created by the centre over its book; called on the centre's writer thread only.
 */
public final class ImportDesk {

    private final IncidentBook incidents;
    private final IncidentDesk desk;

    public ImportDesk(IncidentBook incidents, IncidentDesk desk) {
        this.incidents = incidents;
        this.desk = desk;
    }

    public void importIncident(ImportIncident c, long now, EventSink out) {
        Incident known = incidents.fromSource(c.source().documentId());
        if (known == null) {
            open(c, now, out);
            return;
        }
        Incident incident = desk.openIncident(c, known.id(), out);
        if (incident == null) {
            return;
        }
        IncidentDesk.Changes changes = desk.change(c, incident, c.type(), c.priority(), c.location(),
                c.district(), c.address(), out);
        if (changes == null) {
            return;
        }
        incident.reportCalls(c.calls());
        addNewNotes(incident, c.notes(), out);
        out.accept(new IncidentImported(incident.id(), incident.source(), incident.reportedCalls(), false));
        desk.changed(incident, changes, now, out);
    }

    private void open(ImportIncident c, long now, EventSink out) {
        IncidentType type = desk.knownType(c, c.type(), out);
        if (type == null) {
            return;
        }
        int priority = c.priority() == 0 ? type.defaultPriority() : c.priority();
        if (!IncidentDesk.validPriority(c, priority, out)) {
            return;
        }
        Incident incident = new Incident(incidents.nextId(), now, null, type.code(), priority, c.location(),
                c.district(), c.address());
        incident.importedFrom(c.source());
        incident.reportCalls(c.calls());
        incidents.add(incident);
        out.accept(new IncidentOpened(incident.id(), type.code(), priority, c.location(), c.district(), c.address(),
                null, now));
        addNewNotes(incident, c.notes(), out);
        out.accept(new IncidentImported(incident.id(), c.source(), incident.reportedCalls(), true));
        desk.started(incident, now, out);
    }

    private static void addNewNotes(Incident incident, List<Note> notes, EventSink out) {
        Set<Note> present = new HashSet<>(incident.notes());
        for (Note note : notes) {
            if (present.add(note)) {
                IncidentDesk.addNote(incident, note, out);
            }
        }
    }
}
