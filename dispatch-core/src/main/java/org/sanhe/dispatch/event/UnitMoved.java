package org.sanhe.dispatch.event;

import org.sanhe.dispatch.geo.GeoPoint;

/** A unit reported a new position. */
public record UnitMoved(String unitId, GeoPoint position, long at) implements Event {
}
