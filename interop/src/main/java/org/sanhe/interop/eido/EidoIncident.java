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
 * @param units       every unit it had, serving now or released, in the order first sent
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
     * A unit the incident had: serving it now, or released (by a dispatcher, a divert or the close).
     *
     * @param status       our unit status code, e.g. {@code EN_ROUTE}: the last it reported while serving the incident
     * @param capabilities e.g. {@code ladder}
     * @param assignedAt   when it was sent to the incident
     * @param statusAt     when it took {@code status}
     * @param releasedAt   when it stopped serving the incident, 0 while it serves
     */
    public record Unit(String id, String callSign, String agency, String status, List<String> capabilities,
                       long assignedAt, long statusAt, long releasedAt) {

        public Unit {
            capabilities = List.copyOf(capabilities);
        }

        public boolean serving() {
            return releasedAt == 0;
        }

        /** Its last change on the incident: sent, a status, or its release. */
        public long updatedAt() {
            return Math.max(assignedAt, Math.max(statusAt, releasedAt));
        }
    }

    /** The last time anything on it changed: opening, closing, a note, a call's start or answer, a unit's change. */
    public long updatedAt() {
        long t = Math.max(openedAt, closedAt);
        for (Note note : notes) {
            t = Math.max(t, note.at());
        }
        for (ReportedCall call : calls) {
            t = Math.max(t, Math.max(call.startedAt(), call.answeredAt()));
        }
        for (Unit unit : units) {
            t = Math.max(t, unit.updatedAt());
        }
        return t;
    }
}
