package org.sanhe.gis.tracking;

/**
 * A unit found near a point.
 *
 * @param unit       the unit as it was when found
 * @param gridMeters straight-line distance in the metric grid (EPSG:4545 for Xi'an), which orders the results
 */
public record Nearby(TrackedUnit unit, double gridMeters) {
}
