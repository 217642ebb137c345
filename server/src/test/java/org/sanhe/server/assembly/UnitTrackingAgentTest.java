package org.sanhe.server.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.command.ChangeUnitStatus;
import org.sanhe.dispatch.command.Command;
import org.sanhe.dispatch.command.DefineRules;
import org.sanhe.dispatch.command.ReportUnitPosition;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;
import org.sanhe.dispatch.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.station.DemoFleet;
import org.sanhe.gis.station.StationUnit;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;
import org.sanhe.server.config.ConfigLoader;

/** The tracker starts from the core's units and then follows the core's events. */
class UnitTrackingAgentTest {

    @TempDir
    Path dir;

    @Test
    void theLocatorFollowsTheCore() throws Exception {
        ManualClock clock = new ManualClock(1_764_230_400_000L);
        StationUnit unit = DemoFleet.loadXian().units().get(0);
        UnitLocator locator = new UnitLocator(DistrictMap.loadXian().serviceArea().getEnvelopeInternal(),
                UnitLocator.DEFAULT_CELL_METERS, MetricProjection.xian());
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(),
                clock)) {
            submit(runtime, new DefineRules(ConfigLoader.load(null, Map.of()).rules()));
            submit(runtime, unit.toRegisterUnit());
            try (UnitTrackingAgent agent = new UnitTrackingAgent(runtime, locator)) {
                assertThat(locator.get(unit.id())).map(TrackedUnit::position).contains(unit.home());

                GeoPoint moved = new GeoPoint(unit.home().lat() + 0.01, unit.home().lon());
                clock.advance(1_000);
                submit(runtime, new ReportUnitPosition(unit.id(), moved));
                long last = submit(runtime, new ChangeUnitStatus(unit.id(), UnitStatus.OUT_OF_SERVICE));

                assertThat(agent.awaitSeen(last, 10_000)).isTrue();
                TrackedUnit tracked = locator.get(unit.id()).orElseThrow();
                assertThat(tracked.position()).isEqualTo(moved);
                assertThat(tracked.positionAt()).isEqualTo(clock.millis());
                assertThat(tracked.status()).isEqualTo(UnitStatus.OUT_OF_SERVICE);
            }
        }
    }

    private static long submit(DispatchRuntime runtime, Command command) throws Exception {
        Outcome outcome = runtime.submit(CoreSetup.CONFIGURATION, command).get(10, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).as("%s", outcome.rejection()).isTrue();
        return outcome.sequence();
    }
}
