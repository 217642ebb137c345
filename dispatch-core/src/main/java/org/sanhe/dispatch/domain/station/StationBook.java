package org.sanhe.dispatch.domain.station;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The centre's open stations, in the order they were registered. A closed station leaves the book; registering its id
 * again opens it anew. Owned by the core's writer thread.
 */
public final class StationBook {

    private final Map<String, Station> stations = new LinkedHashMap<>();

    /**
     * A book holding exactly these stations, in this order (their registration order), for snapshot restore only.
     *
     * @throws IllegalArgumentException when two stations share an id
     */
    public static StationBook restored(List<Station> stations) {
        StationBook book = new StationBook();
        stations.forEach(book::restore);
        return book;
    }

    /** The open station, or null. */
    public Station get(String stationId) {
        return stations.get(stationId);
    }

    /** Adds a station, or replaces the one with its id in place (its order stays). */
    void put(Station station) {
        stations.put(station.id(), station);
    }

    void remove(String stationId) {
        stations.remove(stationId);
    }

    /**
     * Adds a station as recorded, for snapshot restore only. Call in the order of {@link #all()}.
     *
     * @throws IllegalArgumentException when a station with that id is already here
     */
    private void restore(Station station) {
        if (stations.putIfAbsent(station.id(), station) != null) {
            throw new IllegalArgumentException("station " + station.id() + " restored twice");
        }
    }

    public Collection<Station> all() {
        return Collections.unmodifiableCollection(stations.values());
    }

    public int size() {
        return stations.size();
    }

    public boolean isEmpty() {
        return stations.isEmpty();
    }
}
