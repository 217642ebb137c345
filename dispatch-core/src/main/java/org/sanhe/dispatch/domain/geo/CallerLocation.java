package org.sanhe.dispatch.domain.geo;

import java.util.Objects;

/**
 * Where a caller is believed to be.
 *
 * @param point          the position
 * @param accuracyMeters radius of uncertainty in metres, 0 when unknown
 * @param source         who supplied it
 */
public record CallerLocation(GeoPoint point, int accuracyMeters, LocationSource source) {

    public CallerLocation {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(source, "source");
        if (accuracyMeters < 0) {
            throw new IllegalArgumentException("accuracyMeters must not be negative, was " + accuracyMeters);
        }
    }
}
