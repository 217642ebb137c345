package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/** A unit reported a new position. */
public record UnitMoved(String unitId, GeoPoint position, long at) implements Event {
}
