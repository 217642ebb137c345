package org.sanhe.console.assignment;

import java.util.List;
import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.gis.station.StationDirectory;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * Keeps the geography the recommender and the map read in step with the core: the unit locator and the station
 * directory (with its first-due areas), seeded once from the core, then fed every published event on the hub's
 * thread. Applying an event twice leaves them as they were, and the events arrive in sequence order, so they
 * converge on the core's state; a registered, changed or retired unit or station counts at once, without a restart.
 * The hub calls it before the consoles' stream and the sessions, so that a console that reads the map on a station
 * event already gets the new first-due areas, and the session of a changed user has ended.
 */
public final class LocatorFeed implements HubListener {

    private final UnitLocator locator;
    private final StationDirectory stations;
    private final DispatchRuntime runtime;

    /** @param stations the live stations, or null when the console draws none */
    public LocatorFeed(UnitLocator locator, StationDirectory stations, DispatchRuntime runtime) {
        this.locator = locator;
        this.stations = stations;
        this.runtime = runtime;
    }

    /** Puts every unit and station of the core, as it stands, in place. Call once the hub is subscribed. */
    public void seed() {
        record Roster(List<TrackedUnit> units, List<Station> stations) {
        }
        Roster roster = runtime.read(centre -> new Roster(centre.units().all().stream()
                .map(u -> new TrackedUnit(u.id(), u.callSign(), u.agency(), u.capabilities(), u.station(),
                        u.status(), u.position(), u.positionAt()))
                .toList(), List.copyOf(centre.stations().all()))).join();
        locator.reset(roster.units());
        if (stations != null) {
            stations.reset(roster.stations());
        }
    }

    /** The hub lost events: take the roster from the core again (the events after it follow in order). */
    @Override
    public void missed(long fromSequence) {
        seed();
    }

    @Override
    public void published(Published published) {
        for (Event event : published.events()) {
            locator.apply(event, published.timestamp());
            if (stations != null) {
                stations.apply(event);
            }
        }
        if (stations != null) {
            stations.flush();
        }
    }
}
