package org.sanhe.gis.projection;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.sanhe.dispatch.geo.GeoPoint;

/**
 * WGS84 to and from a metric grid (by default EPSG:4545, CGCS2000 / 3-degree Gauss-Kruger CM 108E; x = easting,
 * y = northing in metres), by proj4j. CGCS2000 and WGS84 agree to a few centimetres, which is below anything here.
 *
 * <p>Thread-safe: proj4j transforms keep scratch state, so each thread gets its own pair. JTS geometries are
 * projected coordinate by coordinate on a copy; the argument is never changed.
 */
public final class MetricProjection {

    /** The natural metric CRS for Xi'an. */
    public static final String XIAN_METRIC_CRS = "EPSG:4545";

    private static final MetricProjection XIAN = new MetricProjection(XIAN_METRIC_CRS);

    private final ThreadLocal<CoordinateTransform> forward;
    private final ThreadLocal<CoordinateTransform> inverse;
    private final String crs;

    /** A projection to the named CRS (e.g. {@code EPSG:32649}). */
    public MetricProjection(String crsName) {
        CRSFactory crsFactory = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crsFactory.createFromName("EPSG:4326");
        CoordinateReferenceSystem metric = crsFactory.createFromName(crsName);
        CoordinateTransformFactory factory = new CoordinateTransformFactory();
        this.crs = crsName;
        this.forward = ThreadLocal.withInitial(() -> factory.createTransform(wgs84, metric));
        this.inverse = ThreadLocal.withInitial(() -> factory.createTransform(metric, wgs84));
    }

    /** EPSG:4545, shared. */
    public static MetricProjection xian() {
        return XIAN;
    }

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
