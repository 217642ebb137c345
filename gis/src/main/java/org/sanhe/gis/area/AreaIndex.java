package org.sanhe.gis.area;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Which of a fixed list of areas contains a point. The areas' geometries are WGS84 (x = lon, y = lat); a point on
 * a shared border, or in an overlap, belongs to the area listed first. The index is built once in the constructor
 * and never changes, so after construction the index is safe to query from any number of threads.
 *
 * @param <T> what an area is (a district, a station's first-due area)
 */
public final class AreaIndex<T> {

    private final List<T> areas;
    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    /** Indexes the areas; {@code geometry} gives each one's polygon. */
    public AreaIndex(List<T> areas, Function<T, Geometry> geometry) {
        this.areas = List.copyOf(areas);
        for (int i = 0; i < this.areas.size(); i++) {
            Geometry g = geometry.apply(this.areas.get(i));
            tree.insert(g.getEnvelopeInternal(), new Entry(i, PreparedGeometryFactory.prepare(g)));
        }
        tree.build();
    }

    /** The first area containing the point (border included), or empty. Never throws for a valid point. */
    public Optional<T> locate(GeoPoint point) {
        Coordinate c = new Coordinate(point.lon(), point.lat());
        Point p = factory.createPoint(c);
        int[] best = {Integer.MAX_VALUE};
        tree.query(new Envelope(c), hit -> {
            Entry entry = (Entry) hit;
            if (entry.index < best[0] && entry.prepared.intersects(p)) {
                best[0] = entry.index;
            }
        });
        return best[0] == Integer.MAX_VALUE ? Optional.empty() : Optional.of(areas.get(best[0]));
    }

    /** The areas, in the order given. */
    public List<T> areas() {
        return areas;
    }

    private record Entry(int index, PreparedGeometry prepared) {
    }
}
