package org.sanhe.bench.gis;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.District;

/**
 * Point to district: {@code DistrictMap.locate} (STRtree + prepared polygons) against two linear scans that ask
 * each of the 13 polygons in turn, unprepared (what naive code does) and prepared (isolating the STRtree's share).
 * Query points cycle through 4096 seeded points, about half of them outside the city.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DistrictLookupBenchmark {

    private final GeoPoint[] points = DemoCity.points(4096, 7);
    private final List<District> districts = DemoCity.DISTRICTS.districts();
    private final GeometryFactory factory = new GeometryFactory();
    private final List<PreparedGeometry> prepared = districts.stream()
            .map(d -> PreparedGeometryFactory.prepare(d.boundary())).toList();
    private int next;

    @Benchmark
    public Optional<District> indexed() {
        return DemoCity.DISTRICTS.locate(points[next++ & 4095]);
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

    @Benchmark
    public int linearScanPrepared() {
        GeoPoint p = points[next++ & 4095];
        Point point = factory.createPoint(new Coordinate(p.lon(), p.lat()));
        for (int i = 0; i < prepared.size(); i++) {
            if (prepared.get(i).intersects(point)) {
                return i;
            }
        }
        return -1;
    }
}
