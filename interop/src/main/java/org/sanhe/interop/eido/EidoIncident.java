package org.sanhe.interop.eido;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/**
 * One of our incidents as {@link EidoWriter} needs it, copied by the caller from its own immutable views (the
 * console's read model); nothing here is live. Times are epoch milliseconds, 0 when none.
 *
 * @param typeName    the type's name for people (its English name), or null
 * @param open        open or closed
 * @param disposition how it was closed (our code, e.g. {@code RESOLVED}), null while open
 * @param calls       our calls bound to it and, for an imported incident, the partner's calls it carries
 * @param units       the units serving it now
 * @param agencies    the agencies involved (its response plan's and its units'), without duplicates
 * @param source      where it was imported from, or null for ours
 */
public record EidoIncident(long id, String type, String typeName, int priority, boolean open, String disposition,
                           GeoPoint location, String district, String address, long openedAt, long closedAt,
                           List<ReportedCall> calls, List<Unit> units, List<Note> notes, List<String> agencies,
                           IncidentSource source) {

    public EidoIncident {
        calls = List.copyOf(calls);
        units = List.copyOf(units);
        notes = List.copyOf(notes);
        agencies = List.copyOf(agencies);
    }

    /**
     * A unit serving the incident.
     *
     * @param status       our unit status code, e.g. {@code EN_ROUTE}
     * @param capabilities e.g. {@code ladder}
     */
    public record Unit(String id, String callSign, String agency, String status, List<String> capabilities) {

        public Unit {
            capabilities = List.copyOf(capabilities);
        }
    }

    /** The last time anything on it changed: opening, closing, a note, a call's start or answer. */
    public long updatedAt() {
        long t = Math.max(openedAt, closedAt);
        for (Note note : notes) {
            t = Math.max(t, note.at());
        }
        for (ReportedCall call : calls) {
            t = Math.max(t, Math.max(call.startedAt(), call.answeredAt()));
        }
        return t;
    }
}
