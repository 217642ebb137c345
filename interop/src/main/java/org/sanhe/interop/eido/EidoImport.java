package org.sanhe.interop.eido;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/**
 * What a received EIDO asks of the centre, read by {@link EidoReader}: everything an {@code ImportIncident} command
 * needs but the district, which the edge finds from the location.
 *
 * @param sourceType       the partner's own type (internal code, else registry text), or null when it sent none
 * @param type             our type code for it
 * @param priority         1..4, or 0 for the type's default
 * @param location         the document's WGS-84 point, or the configured fallback
 * @param locationFallback true when the document gave no coordinates and {@code location} is the fallback
 */
public record EidoImport(IncidentSource source, String sourceType, String type, int priority, GeoPoint location,
                         boolean locationFallback, String address, List<ReportedCall> calls, List<Note> notes) {

    public EidoImport {
        calls = List.copyOf(calls);
        notes = List.copyOf(notes);
    }
}
