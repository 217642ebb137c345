package org.sanhe.gis.station;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sanhe.dispatch.event.Event;
import org.sanhe.dispatch.event.StationChanged;
import org.sanhe.dispatch.event.StationClosed;
import org.sanhe.dispatch.event.StationRegistered;
import org.sanhe.dispatch.station.Station;

/**
 * The centre's open stations as the map and the recommender see them, and their first-due areas, following the
 * core's station events: every change replaces the whole picture (stations and areas) at once, so a reader never
 * sees a moved station with its old area. Areas are computed by the function given (straight-line Voronoi cells,
 * or by road), tens of milliseconds, once per change; stations change rarely.
 *
 * <p>Written by one thread (the console's event hub, which calls {@link #reset} and {@link #apply}); read from any
 * thread without locking.
 */
public final class StationDirectory {

    private final Function<List<Station>, StationAreas> areasOf;
    private volatile View view;

    /** What the directory holds at one version. */
    private record View(List<Station> stations, StationAreas areas, long version) {
    }

    /** @param areasOf the first-due areas of a list of stations, e.g. {@code StationAreas.compute(s, area, grid)} */
    public StationDirectory(Function<List<Station>, StationAreas> areasOf) {
        this.areasOf = areasOf;
        this.view = new View(List.of(), areasOf.apply(List.of()), 0);
    }

    /** Holds exactly these stations, as the core has them (at start, or after missed events). */
    public void reset(List<Station> stations) {
        replace(new ArrayList<>(stations));
    }

    /** Applies one of the core's events; returns whether it concerned stations. */
    public boolean apply(Event event) {
        Map<String, Station> byId = new LinkedHashMap<>();
        if (event instanceof StationRegistered r) {
            view.stations.forEach(s -> byId.put(s.id(), s));
            byId.put(r.station().id(), r.station());
        } else if (event instanceof StationChanged c) {
            view.stations.forEach(s -> byId.put(s.id(), s.id().equals(c.station().id()) ? c.station() : s));
        } else if (event instanceof StationClosed c) {
            view.stations.stream().filter(s -> !s.id().equals(c.stationId())).forEach(s -> byId.put(s.id(), s));
        } else {
            return false;
        }
        replace(new ArrayList<>(byId.values()));
        return true;
    }

    private void replace(List<Station> stations) {
        view = new View(List.copyOf(stations), areasOf.apply(stations), view.version + 1);
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
