package org.sanhe.interop.cap;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * CAP's shapes in text: a polygon is whitespace-separated {@code lat,lon} pairs, closed (the first pair repeated
 * last) and at least four pairs long; a circle is {@code lat,lon radius} with the radius in kilometres. The schema
 * types both as plain strings, so these rules are checked here.
 */
final class CapShapes {

    private CapShapes() {
    }

    static List<GeoPoint> polygon(String area, String text) throws InvalidCapException {
        String[] pairs = text.trim().split("\\s+");
        List<GeoPoint> ring = new ArrayList<>(pairs.length);
        for (String pair : pairs) {
            ring.add(point(area, "polygon", pair));
        }
        if (ring.size() < 4) {
            throw bad(area, "a polygon needs at least four lat,lon pairs (the first repeated last), has "
                    + ring.size());
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            throw bad(area, "the polygon is not closed: its first pair " + pairs[0] + " is not repeated last (last is "
                    + pairs[pairs.length - 1] + ")");
        }
        return ring;
    }

    static CapCircle circle(String area, String text) throws InvalidCapException {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw bad(area, "a circle must be 'lat,lon radius', was '" + text.trim() + "'");
        }
        GeoPoint centre = point(area, "circle", parts[0]);
        double radius = number(area, "circle radius", parts[1]);
        if (radius < 0) {
            throw bad(area, "a circle's radius must not be negative, was " + parts[1] + " km");
        }
        return new CapCircle(centre, radius);
    }

    private static GeoPoint point(String area, String shape, String pair) throws InvalidCapException {
        String[] latLon = pair.split(",", -1);
        if (latLon.length != 2) {
            throw bad(area, "a " + shape + " point must be lat,lon, was '" + pair + "'");
        }
        double lat = number(area, shape + " latitude", latLon[0]);
        double lon = number(area, shape + " longitude", latLon[1]);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw bad(area, "a " + shape + " point must have -90 <= lat <= 90 and -180 <= lon <= 180, was " + pair);
        }
        return new GeoPoint(lat, lon);
    }

    private static double number(String area, String what, String text) throws InvalidCapException {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(area, what + " must be a number, was '" + text + "'");
    }

    private static InvalidCapException bad(String area, String problem) {
        return new InvalidCapException("CAP_BAD_AREA", "area '" + area + "': " + problem);
    }
}
