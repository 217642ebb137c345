package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * An incident was opened and numbered.
 *
 * @param district null when outside the service area
 * @param callId   the call it was opened from, or null
 */
public record IncidentOpened(long incidentId, String type, int priority, GeoPoint location, String district,
                             String address, String callId, long openedAt) implements Event {
}
