package org.sanhe.dispatch.domain.geo;

/**
 * A WGS84 position (RFC 7946 order is lon, lat; this record names its fields to avoid the confusion).
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record GeoPoint(double lat, double lon) {

    /** Mean earth radius in metres (IUGG). */
    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public GeoPoint {
        if (!(lat >= -90.0 && lat <= 90.0)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + lat);
        }
        if (!(lon >= -180.0 && lon <= 180.0)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + lon);
        }
    }

    /** Great-circle (haversine) distance in metres; deterministic across JVMs. */
    public double metersTo(GeoPoint other) {
        double phi1 = StrictMath.toRadians(lat);
        double phi2 = StrictMath.toRadians(other.lat);
        double dPhi = phi2 - phi1;
        double dLambda = StrictMath.toRadians(other.lon - lon);
        double sinPhi = StrictMath.sin(dPhi / 2);
        double sinLambda = StrictMath.sin(dLambda / 2);
        double h = sinPhi * sinPhi + StrictMath.cos(phi1) * StrictMath.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_METERS * StrictMath.asin(StrictMath.min(1.0, StrictMath.sqrt(h)));
    }
}
