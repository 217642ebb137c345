package org.sanhe.dispatch.domain.alert;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * A circle of an alert's area, WGS-84 by CAP's standard.
 *
 * @param centre   its centre
 * @param radiusKm its radius in kilometres, 0 or more
 */
public record AlertCircle(GeoPoint centre, double radiusKm) {

    public AlertCircle {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusKm >= 0) || Double.isInfinite(radiusKm)) {
            throw new IllegalArgumentException("a circle's radius must be 0 km or more, was " + radiusKm);
        }
    }
}
