package org.sanhe.dispatch.domain.command;

import java.util.List;
import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/**
 * An incident another centre sent (a NENA EIDO, decoded at the edge): opens an incident that keeps the source's ids
 * as its reference, or, when an incident was already opened from the same source document, brings that one up to
 * date (type, priority, location, address, the partner's calls; notes not yet in its log are appended).
 *
 * @param source   the partner's ids; {@code documentId} is the key of "the same incident"
 * @param type     incident type code, already mapped to one of ours at the edge
 * @param priority 1..4, or 0 for the type's default (on an update: keep the incident's)
 * @param location where it happens
 * @param district district code found at the edge from the location; null when outside the service area
 * @param address  address as text, may be null
 * @param calls    the partner's calls as it reported them, replacing those reported before
 * @param notes    the partner's notes with their times and authors
 */
public record ImportIncident(IncidentSource source, String type, int priority, GeoPoint location, String district,
                             String address, List<ReportedCall> calls, List<Note> notes) implements Command {

    public ImportIncident {
        Objects.requireNonNull(source, "source");
        Fields.text(source.documentId(), "source documentId");
        Fields.text(type, "type");
        Objects.requireNonNull(location, "location");
        district = Fields.optional(district);
        address = Fields.optional(address);
        calls = List.copyOf(calls);
        calls.forEach(call -> Fields.text(call.id(), "reported call id"));
        notes = List.copyOf(notes);
        notes.forEach(note -> Fields.text(note.text(), "note text"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.importIncident(this);
    }
}
