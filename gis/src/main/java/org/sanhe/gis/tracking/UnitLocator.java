package org.sanhe.gis.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.UnitChanged;
import org.sanhe.dispatch.domain.event.UnitMoved;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.projection.MetricProjection;

/**
 * The live positions and statuses of all units, with a per-agency uniform grid (in metric coordinates) for
 * k-nearest queries. A JTS STRtree cannot take inserts once queried, and units move all the time, so each agency
 * has a {@link UnitGrid} in which a move costs O(1).
 *
 * <p>Fed from outside: either the position-report adapter calls {@link #upsert}, {@link #move} and
 * {@link #status}, or the server's event consumer passes every core event to {@link #apply} (events other than
 * {@code UnitRegistered}, {@code UnitMoved} and {@code UnitStatusChanged} are ignored). Queries come from the
 * console's request threads through the recommender. An optional {@link PositionListener} hears of every position
 * applied, on the writing thread, after the change (the road network's {@code UnitPlaces} places it on the roads).
 *
 * <p>Thread-safe: any number of threads may query while any number write; a read-write lock serialises writers and
 * lets readers share. Positions are projected before the lock is taken. Nothing here reads a clock; times arrive
 * with the calls. Units are never handed out mutable: queries return {@link TrackedUnit} snapshots.
 */
public final class UnitLocator implements NearestUnits {

    /** Default cell edge: about one unit per cell for 10 000 units over the Xi'an built-up area. */
    public static final double DEFAULT_CELL_METERS = 1_000.0;

    private final MetricProjection projection;
    private final Envelope gridBounds;
    private final double cellMeters;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, UnitGrid> grids = new HashMap<>();
    private final Map<String, Map<String, Slot>> unplacedByAgency = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final PositionListener listener;

    /**
     * @param wgs84Bounds the area where units usually are (e.g. the service area's envelope); units outside still
     *                    work, a little slower
     * @param cellMeters  grid cell edge in metres
     * @param projection  WGS84 to metric
     */
    public UnitLocator(Envelope wgs84Bounds, double cellMeters, MetricProjection projection) {
        this(wgs84Bounds, cellMeters, projection, PositionListener.NONE);
    }

    /**
     * As {@link #UnitLocator(Envelope, double, MetricProjection)}, telling {@code listener} of every position applied
     * (on the writing thread, after the change).
     */
    public UnitLocator(Envelope wgs84Bounds, double cellMeters, MetricProjection projection,
                       PositionListener listener) {
        this.listener = listener;
        if (!(cellMeters > 0)) {
            throw new IllegalArgumentException("cellMeters must be positive, was " + cellMeters);
        }
        this.projection = projection;
        this.cellMeters = cellMeters;
        this.gridBounds = new Envelope();
        for (double lon : new double[] {wgs84Bounds.getMinX(), wgs84Bounds.getMaxX()}) {
            for (double lat : new double[] {wgs84Bounds.getMinY(), wgs84Bounds.getMaxY()}) {
                gridBounds.expandToInclude(projection.toMetric(new GeoPoint(lat, lon)));
            }
        }
    }

    /** Registers the unit or replaces what is known of it. */
    public void upsert(TrackedUnit unit) {
        Coordinate metric = unit.position() == null ? null : projection.toMetric(unit.position());
        lock.writeLock().lock();
        try {
            Slot slot = slots.computeIfAbsent(unit.id(), id -> new Slot(unit));
            if (!slot.unit.agency().equals(unit.agency())) {
                grid(slot.unit.agency()).remove(slot);
                unplaced(slot.unit.agency()).remove(slot.unit.id());
            }
            slot.unit = unit;
            place(slot, metric);
        } finally {
            lock.writeLock().unlock();
        }
        listener.placed(unit.id(), unit.position());
    }

    /** Forgets a unit (retired); returns false for an unknown unit. */
    public boolean remove(String unitId) {
        lock.writeLock().lock();
        try {
            Slot slot = slots.remove(unitId);
            if (slot == null) {
                return false;
            }
            grid(slot.unit.agency()).remove(slot);
            unplaced(slot.unit.agency()).remove(unitId);
        } finally {
            lock.writeLock().unlock();
        }
        listener.removed(unitId);
        return true;
    }

    /** Makes the tracker hold exactly these units (those not listed are forgotten), as after a fresh read. */
    public void reset(List<TrackedUnit> units) {
        Set<String> keep = new HashSet<>();
        units.forEach(u -> keep.add(u.id()));
        units().stream().map(TrackedUnit::id).filter(id -> !keep.contains(id)).forEach(this::remove);
        units.forEach(this::upsert);
    }

    /** A position report; returns false (and does nothing) for an unknown unit. */
    public boolean move(String unitId, GeoPoint position, long at) {
        Coordinate metric = projection.toMetric(position);
        lock.writeLock().lock();
        try {
            Slot slot = slots.get(unitId);
            if (slot == null) {
                return false;
            }
            slot.unit = slot.unit.movedTo(position, at);
            place(slot, metric);
        } finally {
            lock.writeLock().unlock();
        }
        listener.placed(unitId, position);
        return true;
    }

    /** A status change; returns false (and does nothing) for an unknown unit. */
    public boolean status(String unitId, UnitStatus status) {
        lock.writeLock().lock();
        try {
            Slot slot = slots.get(unitId);
            if (slot == null) {
                return false;
            }
            slot.unit = slot.unit.withStatus(status);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Applies one of the core's events; {@code timestamp} is the stamp of the command that caused it (it dates the
     * position a {@code UnitRegistered} carries). Returns whether the event concerned the tracker.
     */
    public boolean apply(Event event, long timestamp) {
        if (event instanceof UnitRegistered r) {
            upsert(new TrackedUnit(r.unitId(), r.callSign(), r.agency(), r.capabilities(), r.station(), r.status(),
                    r.position(), r.position() == null ? 0 : timestamp));
            return true;
        } else if (event instanceof UnitMoved m) {
            return move(m.unitId(), m.position(), m.at());
        } else if (event instanceof UnitStatusChanged s) {
            return status(s.unitId(), s.to());
        } else if (event instanceof UnitChanged c) {
            Optional<TrackedUnit> known = get(c.unitId());
            known.ifPresent(u -> upsert(new TrackedUnit(u.id(), c.callSign(), c.agency(), c.capabilities(),
                    c.station(), u.status(), u.position(), u.positionAt())));
            return known.isPresent();
        } else if (event instanceof UnitRetired r) {
            return remove(r.unitId());
        }
        return false;
    }

    @Override
    public List<Nearby> nearest(GeoPoint from, String agency, int k, Predicate<TrackedUnit> accept) {
        Coordinate q = projection.toMetric(from);
        TopK best = new TopK(k);
        lock.readLock().lock();
        try {
            UnitGrid grid = grids.get(agency);
            if (grid != null) {
                grid.nearest(q.x, q.y, best, accept);
            }
        } finally {
            lock.readLock().unlock();
        }
        return best.result();
    }

    /** Units of the agency that {@code accept} lets through but that have never reported a position. */
    public List<TrackedUnit> withoutPosition(String agency, Predicate<TrackedUnit> accept) {
        lock.readLock().lock();
        try {
            List<TrackedUnit> out = new ArrayList<>();
            for (Slot slot : unplacedByAgency.getOrDefault(agency, Map.of()).values()) {
                if (accept.test(slot.unit)) {
                    out.add(slot.unit);
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The unit as last known. */
    public Optional<TrackedUnit> get(String unitId) {
        lock.readLock().lock();
        try {
            Slot slot = slots.get(unitId);
            return slot == null ? Optional.empty() : Optional.of(slot.unit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** All units, in the order they were first registered. */
    public List<TrackedUnit> units() {
        lock.readLock().lock();
        try {
            List<TrackedUnit> out = new ArrayList<>(slots.size());
            slots.values().forEach(slot -> out.add(slot.unit));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void place(Slot slot, Coordinate metric) {
        UnitGrid grid = grid(slot.unit.agency());
        if (metric == null) {
            grid.remove(slot);
            unplaced(slot.unit.agency()).put(slot.unit.id(), slot);
            return;
        }
        unplaced(slot.unit.agency()).remove(slot.unit.id());
        slot.x = metric.x;
        slot.y = metric.y;
        grid.place(slot);
    }

    private Map<String, Slot> unplaced(String agency) {
        return unplacedByAgency.computeIfAbsent(agency, a -> new LinkedHashMap<>());
    }

    private UnitGrid grid(String agency) {
        return grids.computeIfAbsent(agency, a -> new UnitGrid(gridBounds.getMinX(), gridBounds.getMinY(),
                gridBounds.getMaxX(), gridBounds.getMaxY(), cellMeters));
    }
}
