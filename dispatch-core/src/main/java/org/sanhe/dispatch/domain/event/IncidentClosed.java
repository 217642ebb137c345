package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.incident.Disposition;

/** An incident was closed. */
public record IncidentClosed(long incidentId, Disposition disposition, long closedAt) implements Event {
}
