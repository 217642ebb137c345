package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/** An incident's type, priority, location or address changed; carries all of them as they now are. */
public record IncidentUpdated(long incidentId, String type, int priority, GeoPoint location, String district,
                              String address) implements Event {
}
