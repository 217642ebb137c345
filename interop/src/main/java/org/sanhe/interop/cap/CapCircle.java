package org.sanhe.interop.cap;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * A CAP circle: {@code lat,lon radius}, WGS-84 by the standard, the radius in kilometres.
 *
 * @param centre   the circle's centre
 * @param radiusKm its radius, 0 or more kilometres
 */
public record CapCircle(GeoPoint centre, double radiusKm) {

    public CapCircle {
        if (!(radiusKm >= 0)) {
            throw new IllegalArgumentException("radius must not be negative, was " + radiusKm);
        }
    }
}
