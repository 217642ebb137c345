package org.sanhe.gis.roads;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.tracking.PositionListener;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * Where each unit sits on the road network, worked out when its position is reported rather than when it is a
 * candidate: the unit locator tells it of each position ({@link PositionListener}, on the writing thread), it places
 * the position on the network ({@link RoadNetwork#place}, the snap, about 15 µs) and keeps the result; a
 * recommendation then only looks the places up ({@link #placesOf}).
 *
 * <p>A lookup checks that the kept place is of the unit's position as the caller's snapshot has it; when it is not
 * (no listener feeds this, a report raced the snapshot, or the unit is unknown here) it places the position on the
 * spot and counts it in {@link #placedOnDemand()}, without keeping it: the answer is always that of the position
 * asked about. Thread-safe: one or more writers, any number of readers.
 */
public final class UnitPlaces implements PositionListener {

    /** A unit's position and its place on the network, null when it is off the network. */
    private record Placed(GeoPoint position, RoadPlace place) {
    }

    private final RoadNetwork roads;
    private final Map<String, Placed> places = new ConcurrentHashMap<>();
    private final LongAdder placedOnReport = new LongAdder();
    private final LongAdder placedOnDemand = new LongAdder();

    public UnitPlaces(RoadNetwork roads) {
        this.roads = roads;
    }

    @Override
    public void placed(String unitId, GeoPoint position) {
        if (position == null) {
            places.remove(unitId);
            return;
        }
        Placed known = places.get(unitId);
        if (known == null || !known.position().equals(position)) {
            places.put(unitId, new Placed(position, roads.place(position).orElse(null)));
            placedOnReport.increment();
        }
    }

    @Override
    public void removed(String unitId) {
        places.remove(unitId);
    }

    /** Each unit's place on the network, null for a unit off the network; every unit has a position. */
    public RoadPlace[] placesOf(List<TrackedUnit> units) {
        RoadPlace[] out = new RoadPlace[units.size()];
        for (int i = 0; i < out.length; i++) {
            TrackedUnit unit = units.get(i);
            Placed known = places.get(unit.id());
            if (known != null && known.position().equals(unit.position())) {
                out[i] = known.place();
            } else {
                placedOnDemand.increment();
                out[i] = roads.place(unit.position()).orElse(null);
            }
        }
        return out;
    }

    /** The kept place of a unit, if its position has been reported (empty too when that is off the network). */
    public Optional<RoadPlace> placeOf(String unitId) {
        Placed known = places.get(unitId);
        return known == null ? Optional.empty() : Optional.ofNullable(known.place());
    }

    /** How many reported positions have been placed on the network (a repeated position is not placed again). */
    public long placedOnReport() {
        return placedOnReport.sum();
    }

    /** How many places a lookup had to work out itself, because the kept one was missing or of another position. */
    public long placedOnDemand() {
        return placedOnDemand.sum();
    }
}
