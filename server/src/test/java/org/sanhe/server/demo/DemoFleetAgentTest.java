package org.sanhe.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationUnit;
import org.sanhe.server.config.ConfigLoader;

/** A demo unit's whole trip, driven tick by tick on a manual clock against the real runtime. */
class DemoFleetAgentTest {

    private static final long T0 = 1_764_230_400_000L;
    private static final Actor DISPATCHER = Actor.user("dispatcher");
    private static final long SEED = 7;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(T0);
    private DispatchRuntime runtime;
    private DemoFleetAgent agent;
    private StationUnit unit;

    @BeforeEach
    void start() throws Exception {
        runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(), clock);
        unit = Fleet.demo().units().get(0);
        submit(new DefineRules(ConfigLoader.load(null, Map.of()).rules()));
        Station station = Fleet.demo().stations().stream().filter(s -> s.id().equals(unit.station())).findFirst()
                .orElseThrow();
        submit(new RegisterStation(station.id(), station.name(), station.agency(), station.position(), null));
        submit(unit.toRegisterUnit());
        agent = new DemoFleetAgent(runtime, StraightLineEstimator.urbanDefaults(), clock, new Random(SEED),
                DemoFleetAgent.Settings.defaults());
    }

    @AfterEach
    void stop() {
        agent.close();
        runtime.close();
    }

    @Test
    void anAssignedUnitDrivesThereAndBackHome() throws Exception {
        GeoPoint scene = new GeoPoint(unit.home().lat() + 0.02, unit.home().lon() + 0.02);
        long incident = submit(new OpenIncident("ROBBERY", 0, scene, null, null, null, null)).events().stream()
                .filter(IncidentOpened.class::isInstance).map(e -> ((IncidentOpened) e).incidentId())
                .findFirst().orElseThrow();
        submit(new AssignUnit(incident, unit.id()));

        List<UnitStatus> seen = new ArrayList<>();
        while (unit().status() == UnitStatus.DISPATCHED) {
            tickAfter(1_000);
            assertThat(clock.millis() - T0).as("seed %d: acknowledged within 15 s", SEED).isLessThanOrEqualTo(15_000);
        }
        seen.add(unit().status());

        double before = unit().position().metersTo(scene);
        while (unit().status() == UnitStatus.EN_ROUTE) {
            tickAfter(5_000);
            double now = unit().position().metersTo(scene);
            assertThat(now).as("seed %d: closer after every tick", SEED).isLessThan(before);
            before = now;
        }
        seen.add(unit().status());
        assertThat(unit().position()).isEqualTo(scene);

        submit(new ReleaseUnit(incident, unit.id()));
        seen.add(unit().status());
        double away = unit().position().metersTo(unit.home());
        while (unit().status() == UnitStatus.RETURNING) {
            tickAfter(5_000);
            double now = unit().position().metersTo(unit.home());
            assertThat(now).isLessThan(away);
            away = now;
        }
        seen.add(unit().status());

        assertThat(seen).containsExactly(UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE, UnitStatus.RETURNING,
                UnitStatus.AVAILABLE);
        assertThat(unit().position()).isEqualTo(unit.home());
        assertThat(unit().incidentId()).isZero();
    }

    @Test
    void aUnitDrivesHomeToWhereItsStationStandsNow() throws Exception {
        GeoPoint scene = new GeoPoint(unit.home().lat() + 0.01, unit.home().lon());
        GeoPoint moved = new GeoPoint(unit.home().lat() - 0.01, unit.home().lon());
        long incident = submit(new OpenIncident("ROBBERY", 0, scene, null, null, null, null)).events().stream()
                .filter(IncidentOpened.class::isInstance).map(e -> ((IncidentOpened) e).incidentId())
                .findFirst().orElseThrow();
        submit(new AssignUnit(incident, unit.id()));
        submit(new ChangeUnitStatus(unit.id(), UnitStatus.ON_SCENE));
        submit(new ChangeStation(unit.station(), null, moved, null));
        submit(new ReleaseUnit(incident, unit.id()));
        while (unit().status() == UnitStatus.RETURNING) {
            tickAfter(5_000);
        }
        assertThat(unit().status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(unit().position()).isEqualTo(moved);
    }

    @Test
    void unitsNotAssignedStayWhereTheyAre() throws Exception {
        tickAfter(60_000);

        assertThat(unit().status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(unit().position()).isEqualTo(unit.home());
    }

    private void tickAfter(long millis) {
        clock.advance(millis);
        agent.tick();
    }

    private Unit unit() throws Exception {
        return runtime.read(c -> {
            Unit u = c.units().get(unit.id());
            return Unit.restore(u.id(), u.callSign(), u.agency(), u.capabilities(), u.station(), u.status(),
                    u.position(), u.positionAt(), u.incidentId(), u.assignedAt(), u.acknowledgeTimerId());
        }).get(5, TimeUnit.SECONDS);
    }

    private Outcome submit(Command command) throws Exception {
        Outcome outcome = runtime.submit(DISPATCHER, command).get(5, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).as("%s: %s", command, outcome.rejection()).isTrue();
        return outcome;
    }
}
