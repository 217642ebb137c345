package org.sanhe.console.assignment;

import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.event.Event;
import org.sanhe.dispatch.publish.Published;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * Keeps the unit locator (which the recommender reads) in step with the core: seeded once from the core's roster,
 * then fed every published event on the hub's thread. Applying an event twice leaves the locator as it was, and the
 * events arrive in sequence order, so the locator converges on the core's state.
 */
public final class LocatorFeed implements HubListener {

    private final UnitLocator locator;
    private final DispatchRuntime runtime;

    public LocatorFeed(UnitLocator locator, DispatchRuntime runtime) {
        this.locator = locator;
        this.runtime = runtime;
    }

    /** Puts every unit of the core, as it stands, into the locator. Call once the hub is subscribed. */
    public void seed() {
        runtime.read(centre -> centre.units().all().stream()
                        .map(u -> new TrackedUnit(u.id(), u.callSign(), u.agency(), u.capabilities(), u.station(),
                                u.status(), u.position(), u.positionAt()))
                        .toList())
                .join().forEach(locator::upsert);
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
        }
    }
}
