package org.sanhe.gis.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.MetricProjection;

/**
 * The reference k-nearest: every unit checked on every query, no index. Exists so that {@link UnitLocator} can be
 * tested against it and benchmarked against it in the same run; the server does not use it. Positions are
 * projected once on upsert, as in the locator, so that the comparison measures the search alone. Not thread-safe:
 * one thread only.
 */
public final class LinearScan implements NearestUnits {

    private final MetricProjection projection;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();

    public LinearScan(MetricProjection projection) {
        this.projection = projection;
    }

    /** Registers the unit or replaces what is known of it. */
    public void upsert(TrackedUnit unit) {
        Slot slot = new Slot(unit);
        if (unit.position() != null) {
            Coordinate metric = projection.toMetric(unit.position());
            slot.x = metric.x;
            slot.y = metric.y;
        }
        Integer index = indexById.putIfAbsent(unit.id(), slots.size());
        if (index == null) {
            slots.add(slot);
        } else {
            slots.set(index, slot);
        }
    }

    @Override
    public List<Nearby> nearest(GeoPoint from, String agency, int k, Predicate<TrackedUnit> accept) {
        Coordinate q = projection.toMetric(from);
        TopK best = new TopK(k);
        for (Slot slot : slots) {
            TrackedUnit unit = slot.unit;
            if (unit.position() != null && unit.agency().equals(agency) && accept.test(unit)) {
                best.offer(unit, slot.distanceTo(q.x, q.y));
            }
        }
        return best.result();
    }
}
