package org.sanhe.bench.gis;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.gis.district.District;

/**
 * Point to district: {@code DistrictMap.locate} (STRtree + prepared polygons) against a linear scan that asks each
 * of the 13 unprepared polygons in turn. Query points cycle through 4096 seeded points, about half of them outside
 * the city.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DistrictLookupBenchmark {

    private final GeoPoint[] points = XianFleet.points(4096, 7);
    private final List<District> districts = XianFleet.DISTRICTS.districts();
    private final GeometryFactory factory = new GeometryFactory();
    private int next;

    @Benchmark
    public Optional<District> indexed() {
        return XianFleet.DISTRICTS.locate(points[next++ & 4095]);
    }

    @Benchmark
    public District linearScan() {
        GeoPoint p = points[next++ & 4095];
        Point point = factory.createPoint(new Coordinate(p.lon(), p.lat()));
        for (District d : districts) {
            if (d.boundary().intersects(point)) {
                return d;
            }
        }
        return null;
    }
}
