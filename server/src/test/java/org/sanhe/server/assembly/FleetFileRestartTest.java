package org.sanhe.server.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.server.config.InvalidConfigException;

/**
 * A centre's fleet file and users over restarts of the real server: the first start journals the file, a start with
 * the same file and users journals nothing, a changed file journals exactly the difference (a unit busy on an
 * incident keeps its place until it is released), a reset password survives restarts until the configuration gives
 * a new hash, and a file that contradicts the journal stops the start.
 */
class FleetFileRestartTest {

    private static final String HASH = PasswordHash.create("first password".toCharArray(), 1_000);
    private static final String NEW_HASH = PasswordHash.create("second password".toCharArray(), 1_000);
    private static final String FIRST = """
            stations:
              - { id: FS-1, name: East Fire, agency: fire, lat: 34.2600, lon: 108.9900 }
              - { id: FS-2, name: West Fire, agency: fire, lat: 34.2600, lon: 108.9000 }
              - { id: PS-1, name: Old Post, agency: police, lat: 34.2700, lon: 108.9400 }
            units:
              - { id: E-1, callSign: Engine 1, agency: fire, capabilities: [pumper], station: FS-1 }
              - { id: E-2, callSign: Engine 2, agency: fire, capabilities: [pumper], station: FS-2 }
              - { id: P-1, callSign: Patrol 1, agency: police, capabilities: [patrol], station: PS-1 }
              - { id: P-2, callSign: Patrol 2, agency: police, capabilities: [patrol], station: PS-1 }
            """;
    private static final String SECOND = """
            stations:
              - { id: FS-1, name: East Fire Station, agency: fire, lat: 34.2650, lon: 108.9950 }
              - { id: FS-2, name: West Fire, agency: fire, lat: 34.2600, lon: 108.9000 }
            units:
              - { id: E-1, callSign: Engine 1, agency: fire, capabilities: [ladder, pumper], station: FS-1 }
              - { id: E-2, callSign: Engine Two, agency: fire, capabilities: [pumper], station: FS-1 }
            """;

    @TempDir
    Path dir;

    @Test
    void theFileIsJournaledOnceAndAChangedFileJournalsTheDifference() throws Exception {
        String hash;
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, HASH), EpochClock.system())) {
            assertThat(server.setup().fleetCommands()).isEqualTo(7);
            assertThat(server.setup().usersChanged()).isEqualTo(1);
            String district = read(server, c -> c.stations().get("FS-1").district());
            assertThat(district).isEqualTo(server.districts().codeAt(new GeoPoint(34.2600, 108.9900)))
                    .isNotNull();
            hash = read(server, Centre::stateHash);
        }
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, HASH), EpochClock.system())) {
            assertThat(server.setup()).isEqualTo(new CoreSetup.Result(false, 0, 0, 0, List.of()));
            String again = read(server, Centre::stateHash);
            assertThat(again).isEqualTo(hash);
            server.runtime().submit(Actor.user("chen"), new OpenIncident("THEFT", 3, new GeoPoint(34.27, 108.94),
                    null, null, null, null)).join();
            assertThat(server.runtime().submit(Actor.user("chen"), new AssignUnit(1, "P-2")).join().accepted())
                    .isTrue();
        }
        try (ServerAssembly server = ServerAssembly.start(config(SECOND, HASH), EpochClock.system())) {
            assertThat(server.setup().deferred()).containsExactly(
                    "unit P-2 is not in the file but serves incident 1; it is retired at a start after its release",
                    "station PS-1 is not in the file but houses unit P-2; it is closed at a start after that unit "
                            + "leaves");
            Station east = read(server, c -> c.stations().get("FS-1"));
            assertThat(east.name()).isEqualTo("East Fire Station");
            assertThat(east.position()).isEqualTo(new GeoPoint(34.2650, 108.9950));
            Unit engine = read(server, c -> c.units().get("E-1"));
            assertThat(engine.capabilities()).containsExactly("ladder", "pumper");
            Unit two = read(server, c -> c.units().get("E-2"));
            assertThat(two.callSign()).isEqualTo("Engine Two");
            assertThat(two.station()).isEqualTo("FS-1");
            List<String> units = read(server, c -> c.units().all().stream().map(Unit::id).toList());
            assertThat(units).containsExactly("E-1", "E-2", "P-2");
            List<String> stations = read(server, c -> c.stations().all().stream().map(Station::id).toList());
            assertThat(stations).containsExactly("FS-1", "FS-2", "PS-1");
            assertThat(server.stations().stations()).extracting(Station::id)
                    .containsExactly("FS-1", "FS-2", "PS-1");
        }
    }

    @Test
    void aResetPasswordSurvivesRestartsUntilTheConfigurationGivesANewHash() throws Exception {
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, HASH), EpochClock.system())) {
            String reset = PasswordHash.create("reset password".toCharArray(), 1_000);
            server.runtime().submit(Actor.user("supervisor"), new ResetPassword("chen", reset)).join();
        }
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, HASH), EpochClock.system())) {
            User chen = read(server, c -> c.users().get("chen"));
            assertThat(PasswordHash.verify("reset password".toCharArray(), chen.passwordHash())).isTrue();
            assertThat(chen.roles()).containsExactly("dispatcher", "supervisor");
        }
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, NEW_HASH), EpochClock.system())) {
            User chen = read(server, c -> c.users().get("chen"));
            assertThat(PasswordHash.verify("second password".toCharArray(), chen.passwordHash())).isTrue();
        }
    }

    @Test
    void aStationThatChangesAgencyInTheFileStopsTheStartAndJournalsNothing() throws Exception {
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, HASH), EpochClock.system())) {
            assertThat(server.setup().fleetCommands()).isPositive();
        }
        String police = FIRST.replace("id: FS-2, name: West Fire, agency: fire", "id: FS-2, name: West, agency: police")
                .replace("{ id: E-2, callSign: Engine 2, agency: fire", "{ id: E-2, callSign: Engine 2, agency: police");
        assertThatThrownBy(() -> ServerAssembly.start(config(police, HASH), EpochClock.system()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("fleet.file: station FS-2 is journaled as a fire station and the file makes it "
                        + "police");
        try (ServerAssembly server = ServerAssembly.start(config(FIRST, HASH), EpochClock.system())) {
            assertThat(server.setup().fleetCommands()).isZero();
        }
    }

    private static <T> T read(ServerAssembly server, java.util.function.Function<Centre, T> query) throws Exception {
        return server.runtime().read(query).get(10, TimeUnit.SECONDS);
    }

    private DispatchConfig config(String fleet, String hash) throws Exception {
        Path fleetFile = dir.resolve("fleet-" + Integer.toHexString(fleet.hashCode()) + ".yaml");
        Files.writeString(fleetFile, fleet);
        Path file = dir.resolve("centre.yaml");
        Files.writeString(file, """
                server: { port: 0 }
                demo: false
                journal: { dir: "%s", snapshotDir: "%s" }
                fleet: { file: "%s" }
                users: [ { username: chen, passwordHash: "%s", roles: [dispatcher, supervisor] } ]
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                rules:
                  timers: { answerMillis: 0, acknowledgeMillis: 0, dispatchMillisByPriority: [0, 0, 0, 0] }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots"), fleetFile, hash));
        return ConfigLoader.load(file, Map.of());
    }
}
