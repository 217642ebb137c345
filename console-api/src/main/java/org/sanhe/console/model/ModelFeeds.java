package org.sanhe.console.model;

import java.util.List;
import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.gis.tracking.LocatorFeed;

/**
 * Hub listeners that keep other read-side structures in step with the model: seeded from it, fed the published
 * commands after it (the hub calls the projector first), and seeded again from it when the hub missed commands.
 */
public final class ModelFeeds {

    private ModelFeeds() {
    }

    /** The unit tracker's feed; seeds it at once. */
    public static HubListener locator(LocatorFeed feed, ReadModel model) {
        Runnable seed = () -> feed.seed(model.units().stream().map(UnitView::tracked).toList(),
                List.copyOf(model.stations()));
        seed.run();
        return new HubListener() {
            @Override
            public void published(Published published) {
                feed.published(published);
            }

            @Override
            public void missed(long fromSequence) {
                seed.run();
            }
        };
    }
}
