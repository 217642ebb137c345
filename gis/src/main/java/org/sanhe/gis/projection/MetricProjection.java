package org.sanhe.gis.projection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * WGS84 to and from a metric grid (x = easting, y = northing in metres), by proj4j. The grid of a service area is
 * the 3-degree transverse Mercator zone (Gauss-Kruger) whose central meridian is nearest the area's centroid
 * ({@link #forArea}): inside China's zones (central meridians 75E..135E) that is the CGCS2000 zone by its EPSG code,
 * EPSG:4534..4554 (EPSG:4545, CM 108E, for Xi'an); elsewhere the same projection on the same ellipsoid, defined by
 * its parameters. Within 1.5 degrees of the central meridian the scale error stays under 0.035 %, far below
 * anything dispatch measures. CGCS2000 and WGS84 agree to a few centimetres.
 *
 * <p>Thread-safe: proj4j transforms keep scratch state, so each thread gets its own pair. JTS geometries are
 * projected coordinate by coordinate on a copy; the argument is never changed.
 */
public final class MetricProjection {

    /** The first of China's CGCS2000 3-degree zones without zone prefix: EPSG:4534 is CM 75E, EPSG:4554 CM 135E. */
    private static final int FIRST_CGCS2000_ZONE = 4534;
    private static final int FIRST_CGCS2000_MERIDIAN = 75;
    private static final int LAST_CGCS2000_MERIDIAN = 135;
    private static final Map<Integer, MetricProjection> ZONES = new ConcurrentHashMap<>();

    private final ThreadLocal<CoordinateTransform> forward;
    private final ThreadLocal<CoordinateTransform> inverse;
    private final String crs;

    /** A projection to the named CRS (e.g. {@code EPSG:32649}). */
    public MetricProjection(String crsName) {
        this(crsName, new CRSFactory().createFromName(crsName));
    }

    private MetricProjection(String crsName, CoordinateReferenceSystem metric) {
        CoordinateReferenceSystem wgs84 = new CRSFactory().createFromName("EPSG:4326");
        CoordinateTransformFactory factory = new CoordinateTransformFactory();
        this.crs = crsName;
        this.forward = ThreadLocal.withInitial(() -> factory.createTransform(wgs84, metric));
        this.inverse = ThreadLocal.withInitial(() -> factory.createTransform(metric, wgs84));
    }

    /** The grid of a WGS84 (x = lon, y = lat) area: the 3-degree zone nearest its centroid. Shared per zone. */
    public static MetricProjection forArea(Geometry wgs84Area) {
        if (wgs84Area.isEmpty()) {
            throw new IllegalArgumentException("an empty area has no grid");
        }
        return forLongitude(wgs84Area.getCentroid().getX());
    }

    /** The 3-degree transverse Mercator zone whose central meridian is nearest the longitude. Shared per zone. */
    public static MetricProjection forLongitude(double longitude) {
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180..180, was " + longitude);
        }
        return ZONES.computeIfAbsent(centralMeridian(longitude), MetricProjection::zone);
    }

    /** The central meridian (a multiple of 3 degrees) nearest the longitude. */
    public static int centralMeridian(double longitude) {
        return 3 * (int) Math.round(longitude / 3.0);
    }

    private static MetricProjection zone(int meridian) {
        if (meridian >= FIRST_CGCS2000_MERIDIAN && meridian <= LAST_CGCS2000_MERIDIAN) {
            return new MetricProjection("EPSG:" + (FIRST_CGCS2000_ZONE + (meridian - FIRST_CGCS2000_MERIDIAN) / 3));
        }
        String name = "3-degree transverse Mercator, CM " + Math.abs(meridian) + (meridian < 0 ? "W" : "E");
        String parameters = "+proj=tmerc +lat_0=0 +lon_0=" + meridian
                + " +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs";
        return new MetricProjection(name, new CRSFactory().createFromParameters(name, parameters));
    }

    /** The grid's name: an EPSG code (e.g. {@code EPSG:4545}), or a description of the zone outside China's. */
    public String crs() {
        return crs;
    }

    /** The point in grid metres. */
    public Coordinate toMetric(GeoPoint point) {
        ProjCoordinate in = new ProjCoordinate(point.lon(), point.lat());
        ProjCoordinate out = forward.get().transform(in, new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** Grid metres back to WGS84. */
    public GeoPoint toWgs84(Coordinate metric) {
        ProjCoordinate out = inverse.get().transform(new ProjCoordinate(metric.x, metric.y), new ProjCoordinate());
        return new GeoPoint(out.y, out.x);
    }

    /** A copy of a WGS84 (x = lon, y = lat) geometry in grid metres. */
    public Geometry toMetric(Geometry wgs84) {
        return transform(wgs84, forward.get());
    }

    /** A copy of a grid-metre geometry in WGS84 (x = lon, y = lat). */
    public Geometry toWgs84(Geometry metric) {
        return transform(metric, inverse.get());
    }

    @Override
    public String toString() {
        return crs;
    }

    private static Geometry transform(Geometry geometry, CoordinateTransform transform) {
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate projected = new ProjCoordinate();
        return PointwiseTransform.apply(geometry, (x, y, out) -> {
            in.x = x;
            in.y = y;
            transform.transform(in, projected);
            out[0] = projected.x;
            out[1] = projected.y;
        });
    }
}
