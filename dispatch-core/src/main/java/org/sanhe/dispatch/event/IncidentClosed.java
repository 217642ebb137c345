package org.sanhe.dispatch.event;

import org.sanhe.dispatch.incident.Disposition;

/** An incident was closed. */
public record IncidentClosed(long incidentId, Disposition disposition, long closedAt) implements Event {
}
