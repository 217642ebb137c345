package org.sanhe.gis.projection;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * The reference the grid tests measure against: the ellipsoidal distance on GRS80 by Vincenty's inverse formula
 * (T. Vincenty, Survey Review 23(176), 1975), accurate to well under a millimetre for the distances tested here. A
 * sphere (haversine) is not good enough a reference: it is off by up to 0.5 % from the ellipsoid.
 */
final class Geodesic {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double B = A * (1 - F);

    private Geodesic() {
    }

    static double meters(GeoPoint p, GeoPoint q) {
        double l = Math.toRadians(q.lon() - p.lon());
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(p.lat())));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(q.lat())));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sigma = 0;
        double sinSigma = 0;
        double cosSigma = 0;
        double cos2Alpha = 0;
        double cos2SigmaM = 0;
        for (int i = 0; i < 200; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l + (1 - c) * F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12) {
                break;
            }
        }
        double uSq = cos2Alpha * (A * A - B * B) / (B * B);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * bigA * (sigma - deltaSigma);
    }
}
