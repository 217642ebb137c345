package org.sanhe.gis.station;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.StationChanged;
import org.sanhe.dispatch.domain.event.StationClosed;
import org.sanhe.dispatch.domain.event.StationRegistered;
import org.sanhe.dispatch.domain.station.Station;

/**
 * The centre's open stations as the map and the recommender see them, and their first-due areas, following the
 * core's station events: the events of a command (or of several) are applied with {@link #apply}, then
 * {@link #flush} replaces the whole picture (stations and areas) at once, so a reader never sees a moved station with
 * its old area. Areas are computed by the function given (straight-line Voronoi cells, or by road), tens of
 * milliseconds, once per flush that follows a station change; stations change rarely.
 *
 * <p>Written by one thread (the console's event hub, which calls {@link #reset}, {@link #apply} and
 * {@link #flush}); read from any thread without locking.
 */
public final class StationDirectory {

    private final Function<List<Station>, StationAreas> areasOf;
    private final Map<String, Station> pending = new LinkedHashMap<>();
    private boolean dirty;
    private volatile View view;

    /** What the directory holds at one version. */
    private record View(List<Station> stations, StationAreas areas, long version) {
    }

    /** @param areasOf the first-due areas of a list of stations, e.g. {@code StationAreas.compute(s, area, grid)} */
    public StationDirectory(Function<List<Station>, StationAreas> areasOf) {
        this.areasOf = areasOf;
        this.view = new View(List.of(), areasOf.apply(List.of()), 0);
    }

    /** Holds exactly these stations at once, as the core has them (at start, or after missed events). */
    public void reset(List<Station> stations) {
        pending.clear();
        stations.forEach(s -> pending.put(s.id(), s));
        dirty = true;
        flush();
    }

    /** Applies one of the core's events, seen by readers at the next {@link #flush}; whether it concerned stations. */
    public boolean apply(Event event) {
        if (event instanceof StationRegistered r) {
            pending.put(r.station().id(), r.station());
        } else if (event instanceof StationChanged c) {
            pending.replace(c.station().id(), c.station());
        } else if (event instanceof StationClosed c) {
            pending.remove(c.stationId());
        } else {
            return false;
        }
        dirty = true;
        return true;
    }

    /** Shows what the events applied since the last flush changed: the stations and their new areas together. */
    public void flush() {
        if (dirty) {
            List<Station> stations = new ArrayList<>(pending.values());
            view = new View(List.copyOf(stations), areasOf.apply(stations), view.version + 1);
            dirty = false;
        }
    }

    /** The open stations, in registration order. */
    public List<Station> stations() {
        return view.stations;
    }

    /** The stations' first-due areas. */
    public StationAreas areas() {
        return view.areas;
    }

    /** Goes up with every change: a cache of anything drawn from the stations is stale when it differs. */
    public long version() {
        return view.version;
    }
}
