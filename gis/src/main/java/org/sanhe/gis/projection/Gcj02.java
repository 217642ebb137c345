package org.sanhe.gis.projection;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * GCJ-02, the obfuscated datum that Chinese web maps and the source district polygons use, to and from WGS84.
 *
 * <p>The forward transform is the published closed form (Krasovsky 1940 ellipsoid, a = 6378245.0,
 * e&sup2; = 0.00669342162296594323), as in googollee/eviltransform and wandergis/coordtransform. The inverse has no
 * closed form: it iterates {@code wgs -= gcj(wgs) - target} from {@code wgs = target} until the step is under
 * 1e-9 degrees (about 0.1 mm), which takes a handful of rounds. Outside the rough rectangle of China the shift is
 * not applied and both directions return the point unchanged, as the published implementations do.
 *
 * <p>Pure functions of their arguments using {@link StrictMath}, so every JVM returns the same bits; thread-safe.
 * Callers: the district importer, and the layers when a client asks for GCJ-02 output. Nothing held by the centre is
 * GCJ-02.
 */
public final class Gcj02 {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double PI = StrictMath.PI;
    private static final double TOLERANCE_DEG = 1e-9;
    private static final int MAX_ROUNDS = 30;

    private Gcj02() {
    }

    /** Whether the point lies outside the rectangle in which GCJ-02 applies a shift. */
    public static boolean outsideChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS84 to GCJ-02. */
    public static GeoPoint fromWgs84(GeoPoint wgs) {
        if (outsideChina(wgs.lat(), wgs.lon())) {
            return wgs;
        }
        double[] d = delta(wgs.lat(), wgs.lon());
        return new GeoPoint(wgs.lat() + d[0], wgs.lon() + d[1]);
    }

    /** GCJ-02 to WGS84, by fixed-point iteration to within 1e-9 degrees. */
    public static GeoPoint toWgs84(GeoPoint gcj) {
        if (outsideChina(gcj.lat(), gcj.lon())) {
            return gcj;
        }
        double lat = gcj.lat();
        double lon = gcj.lon();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] d = delta(lat, lon);
            double errLat = lat + d[0] - gcj.lat();
            double errLon = lon + d[1] - gcj.lon();
            lat -= errLat;
            lon -= errLon;
            if (StrictMath.abs(errLat) < TOLERANCE_DEG && StrictMath.abs(errLon) < TOLERANCE_DEG) {
                break;
            }
        }
        return new GeoPoint(lat, lon);
    }

    /** The shift {dLat, dLon} in degrees that GCJ-02 adds at a WGS84 point. */
    private static double[] delta(double lat, double lon) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = shiftLat(x, y);
        double dLon = shiftLon(x, y);
        double radLat = lat / 180.0 * PI;
        double magic = StrictMath.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = StrictMath.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * StrictMath.cos(radLat) * PI);
        return new double[] {dLat, dLon};
    }

    private static double shiftLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * StrictMath.sqrt(StrictMath.abs(x));
        ret += (20.0 * StrictMath.sin(6.0 * x * PI) + 20.0 * StrictMath.sin(2.0 * x * PI)) * 2.0 / 3.0;
        ret += (20.0 * StrictMath.sin(y * PI) + 40.0 * StrictMath.sin(y / 3.0 * PI)) * 2.0 / 3.0;
        ret += (160.0 * StrictMath.sin(y / 12.0 * PI) + 320 * StrictMath.sin(y * PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double shiftLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * StrictMath.sqrt(StrictMath.abs(x));
        ret += (20.0 * StrictMath.sin(6.0 * x * PI) + 20.0 * StrictMath.sin(2.0 * x * PI)) * 2.0 / 3.0;
        ret += (20.0 * StrictMath.sin(x * PI) + 40.0 * StrictMath.sin(x / 3.0 * PI)) * 2.0 / 3.0;
        ret += (150.0 * StrictMath.sin(x / 12.0 * PI) + 300.0 * StrictMath.sin(x / 30.0 * PI)) * 2.0 / 3.0;
        return ret;
    }
}
