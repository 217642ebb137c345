package org.sanhe.gis.tracking;

import java.util.List;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.gis.station.StationDirectory;

/**
 * The unit tracker's feed: keeps the geography the recommender and the map read in step with the core, the unit
 * locator and the station directory (with its first-due areas). Seeded from a roster (the console's read model at
 * start, or after its subscription missed commands), then fed every published command, in sequence order, on one
 * thread. Applying an event twice leaves them as they were, so they converge on the core's state; a registered,
 * changed or retired unit or station counts at once, without a restart.
 */
public final class LocatorFeed {

    private final UnitLocator locator;
    private final StationDirectory stations;

    /** @param stations the live stations, or null when nobody draws them */
    public LocatorFeed(UnitLocator locator, StationDirectory stations) {
        this.locator = locator;
        this.stations = stations;
    }

    /** Puts every unit and station of the roster in place, dropping what was there. */
    public void seed(List<TrackedUnit> units, List<Station> roster) {
        locator.reset(units);
        if (stations != null) {
            stations.reset(roster);
        }
    }

    /** One published command's events, stamped with its time. */
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
