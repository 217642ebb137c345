package org.sanhe.console;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.sanhe.console.recording.RecordingFiles;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.recommend.Recommender;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.station.StationDirectory;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * What the console works with, built and owned by the composition root (which also closes them, after the console).
 *
 * @param runtime     the running core: the embedded single node, or this server's member of a cluster (then writes
 *                    go to the cluster and everything the console reads comes from the member's own replica)
 * @param journalDir  the core's journal (a member's own), read by the audit endpoints and stream catch-up
 * @param districts   the district map (districts are found at the edge)
 * @param stations    the live stations and their first-due areas; the console seeds them from the core at start
 *                    and feeds them every published event from then on (nobody else needs to)
 * @param locator     live unit positions for the recommender; fed by the console in the same way
 * @param recommender proposes units for an incident
 * @param roads       the road network for unit routes, or null when none is configured
 * @param clock       the clock of the edge (token expiry, login throttling, recommendation time)
 * @param pbxHealth   the PBX link's state for {@code /health}, e.g. {@code {"connected": true}}; called on an event
 *                    loop, so it must be cheap and must not block
 * @param recordings  where the PBX's call recordings are readable, or null when this server reads none
 */
public record ConsoleServices(CoreHost runtime, Path journalDir, DistrictMap districts,
                              StationDirectory stations, UnitLocator locator, Recommender recommender,
                              RoadNetwork roads, EpochClock clock,
                              Supplier<Map<String, Object>> pbxHealth, RecordingFiles recordings) {

    public ConsoleServices {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(journalDir, "journalDir");
        Objects.requireNonNull(districts, "districts");
        Objects.requireNonNull(clock, "clock");
        pbxHealth = pbxHealth == null ? Map::of : pbxHealth;
    }

    /** Services that read no call recordings. */
    public ConsoleServices(CoreHost runtime, Path journalDir, DistrictMap districts,
                           StationDirectory stations, UnitLocator locator, Recommender recommender,
                           RoadNetwork roads, EpochClock clock, Supplier<Map<String, Object>> pbxHealth) {
        this(runtime, journalDir, districts, stations, locator, recommender, roads, clock, pbxHealth, null);
    }
}
