package org.sanhe.bench.gis;

import java.util.List;
import java.util.SplittableRandom;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.telephony.simulator.BoundingBox;

/**
 * The demo city of the benchmarks (the districts the server's defaults configure, packed in the jar) and seeded
 * synthetic data over it: units and query points, half in the central districts.
 */
public final class DemoCity {

    /** The demo's districts. */
    public static final DistrictMap DISTRICTS = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);

    /** The demo's metric grid, derived from its districts as the server derives it. */
    public static final MetricProjection GRID = MetricProjection.forArea(DISTRICTS.serviceArea());

    /** The central urban area, roughly inside the third ring road: where the telephony benchmarks' callers are. */
    public static final BoundingBox CENTRE = new BoundingBox(34.19, 108.85, 34.34, 109.03);

    static final String AGENCY = "fire";

    private DemoCity() {
    }

    /** {@code count} units of one agency, 80 % available, positions dated {@code at}. */
    static TrackedUnit[] units(int count, long seed, long at) {
        SplittableRandom random = new SplittableRandom(seed);
        TrackedUnit[] units = new TrackedUnit[count];
        for (int i = 0; i < count; i++) {
            UnitStatus status = random.nextInt(5) == 0 ? UnitStatus.EN_ROUTE : UnitStatus.AVAILABLE;
            units[i] = new TrackedUnit(String.format("F-%05d", i), null, AGENCY, List.of("pumper"), null, status,
                    point(random), at);
        }
        return units;
    }

    /** {@code count} points, half in the centre, half anywhere in the envelope of the districts. */
    static GeoPoint[] points(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GeoPoint[] points = new GeoPoint[count];
        for (int i = 0; i < count; i++) {
            points[i] = point(random);
        }
        return points;
    }

    private static GeoPoint point(SplittableRandom random) {
        if (random.nextBoolean()) {
            return new GeoPoint(34.18 + random.nextDouble() * 0.16, 108.85 + random.nextDouble() * 0.2);
        }
        return new GeoPoint(33.7 + random.nextDouble() * 1.0, 107.7 + random.nextDouble() * 2.1);
    }
}
