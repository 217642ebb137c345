package org.sanhe.dispatch.domain.event;

import java.util.List;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/**
 * An incident was opened from, or brought up to date with, another centre's document; follows the
 * {@link IncidentOpened} or {@link IncidentUpdated} it caused, if any.
 *
 * @param opened true when this import opened the incident, false when it updated the one opened before
 * @param calls  the partner's calls the incident now carries
 */
public record IncidentImported(long incidentId, IncidentSource source, List<ReportedCall> calls, boolean opened)
        implements Event {

    public IncidentImported {
        calls = List.copyOf(calls);
    }
}
