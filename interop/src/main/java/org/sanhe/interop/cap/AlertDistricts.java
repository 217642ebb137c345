package org.sanhe.interop.cap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.District;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.MetricProjection;

/**
 * Which of the city's districts a CAP alert's areas touch. A polygon is taken as drawn (WGS-84, lat/lon pairs); a
 * circle is buffered by its radius in the metric grid of its centre's longitude (32 segments a quarter, so the drawn
 * circle is within 0.1 % of the true one). Immutable and thread-safe.
 */
public final class AlertDistricts {

    private static final GeometryFactory WGS84 = new GeometryFactory();
    private static final int QUADRANT_SEGMENTS = 32;

    private final List<District> districts;
    /** The districts' boundaries, prepared once (docs/benchmarks.md section 10 measures the gain). */
    private final List<PreparedGeometry> prepared;

    public AlertDistricts(DistrictMap districts) {
        this.districts = List.copyOf(districts.districts());
        this.prepared = this.districts.stream().map(d -> PreparedGeometryFactory.prepare(d.boundary())).toList();
    }

    /** The codes of the districts the areas intersect, in code order; empty when the alert is elsewhere. */
    public List<String> codes(List<CapArea> areas) {
        return touched(CapAlertAdapter.areas(areas));
    }

    /** The same for the core's areas (a journaled alert's). */
    public List<String> touched(List<AlertArea> areas) {
        Geometry shape = outline(areas);
        if (shape.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            if (prepared.get(i).intersects(shape)) {
                codes.add(districts.get(i).code());
            }
        }
        return codes;
    }

    /** The union of the areas' polygons and circles, WGS-84 (x = lon, y = lat); empty when they draw nothing. */
    public static Geometry shape(List<CapArea> areas) {
        return outline(CapAlertAdapter.areas(areas));
    }

    /** The same for the core's areas (a journaled alert's). */
    public static Geometry outline(List<AlertArea> areas) {
        List<Geometry> parts = new ArrayList<>();
        for (AlertArea area : areas) {
            for (List<GeoPoint> ring : area.polygons()) {
                parts.add(polygon(ring));
            }
            for (AlertCircle circle : area.circles()) {
                parts.add(circle(circle));
            }
        }
        Geometry union = UnaryUnionOp.union(parts, WGS84);
        return union == null ? WGS84.createGeometryCollection() : union;
    }

    private static Geometry polygon(List<GeoPoint> ring) {
        Coordinate[] coordinates = ring.stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new);
        Geometry polygon = WGS84.createPolygon(coordinates);
        return polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
    }

    private static Geometry circle(AlertCircle circle) {
        MetricProjection grid = MetricProjection.forLongitude(circle.centre().lon());
        Geometry centre = WGS84.createPoint(grid.toMetric(circle.centre()));
        if (circle.radiusKm() == 0) {
            return WGS84.createPoint(new Coordinate(circle.centre().lon(), circle.centre().lat()));
        }
        return grid.toWgs84(centre.buffer(circle.radiusKm() * 1000, QUADRANT_SEGMENTS));
    }
}
