package org.sanhe.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.sanhe.console.auth.LoginThrottling;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.console.auth.Role;
import org.sanhe.console.auth.UserAccount;
import org.sanhe.console.recording.RecordingFiles;
import org.sanhe.console.stream.StreamFanout;
import org.sanhe.console.web.MapTiles;
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.recommend.Recommender;
import org.sanhe.gis.recommend.RecommenderSettings;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.station.StationDirectory;
import org.sanhe.gis.tracking.UnitLocator;
import org.sanhe.interop.eido.EidoSettings;

/**
 * A real core on a temporary journal with a manual clock, the test rules of {@code Fixtures}, four units, the
 * centre's users (one per role, named after it, plus {@code multi}: call-taker and auditor, all with
 * {@link #PASSWORD}; and {@code alert-feed}, a warning system's machine account), the demo's stations and a queued
 * call per line, behind a real console server on an ephemeral loopback port. The units come before the stations, as in a journal from before stations were data.
 */
final class ConsoleHarness implements AutoCloseable {

    static final String PASSWORD = "correct horse";
    static final String PBX_RECORDINGS = "/var/spool/asterisk/monitor";
    static final long START = 1_800_000_000_000L;
    static final Actor PBX = Actor.system("pbx");
    /** Snapshots this often, so that stream resumes start from one. */
    static final long SNAPSHOT_EVERY = 4;
    static final MapTiles TILES = new MapTiles("https://{s}.tiles.example/{z}/{x}/{y}.png", Datum.GCJ02,
            "© Example tiles", 18);

    /** The harness's idle timeout: an hour of the manual clock. */
    static final Duration IDLE_TIMEOUT = Duration.ofHours(1);
    /** EIDO as centre {@code a.sanhe.test}: a partner's {@code structure-fire} is our building fire, else a theft. */
    static final EidoSettings EIDO = new EidoSettings("a.sanhe.test", Map.of("structure-fire", "BUILDING_FIRE"),
            "THEFT", Fixtures.CENTRE);

    final ManualClock clock = new ManualClock(START);
    final Path journal;
    final DispatchRuntime runtime;
    final UnitLocator locator;
    final StationDirectory stations;
    ConsoleServer server;
    /** Where the server reads the PBX's recordings; the PBX names them under {@link #PBX_RECORDINGS}. */
    final Path recordings;
    final ApiClient api;
    final AtomicReference<Map<String, Object>> pbx = new AtomicReference<>(Map.of("connected", true));

    ConsoleHarness(Path dir) {
        this(dir, new LoginThrottling(3, Duration.ofSeconds(30)));
    }

    ConsoleHarness(Path dir, LoginThrottling throttling) {
        this(dir, throttling, null);
    }

    /** @param tls the server's TLS, or null for plain HTTP (then {@link #api} speaks plain HTTP) */
    ConsoleHarness(Path dir, LoginThrottling throttling, ConsoleTls tls) {
        this(dir, throttling, tls, EIDO);
    }

    /** A harness speaking EIDO with these settings (e.g. another centre's id). */
    ConsoleHarness(Path dir, EidoSettings eido) {
        this(dir, new LoginThrottling(3, Duration.ofSeconds(30)), null, eido);
    }

    private ConsoleHarness(Path dir, LoginThrottling throttling, ConsoleTls tls, EidoSettings eido) {
        journal = dir.resolve("journal");
        locator = new UnitLocator(XianGis.DISTRICTS.serviceArea().getEnvelopeInternal(), 1000, XianGis.GRID);
        runtime = DispatchRuntime.start(RuntimeOptions.defaults(journal).withoutTimerThread()
                .withSnapshots(dir.resolve("snapshots"), SNAPSHOT_EVERY), clock);
        submit(Actor.system("setup"), Fixtures.defineRules());
        submit(Actor.system("setup"), Fixtures.police("P-1"));
        submit(Actor.system("setup"), Fixtures.police("P-2"));
        submit(Actor.system("setup"), Fixtures.traffic("T-1"));
        submit(Actor.system("setup"), Fixtures.fire("F-1", "pumper"));
        users().forEach(u -> submit(Actor.system("setup"), new DefineUser(u.username(),
                u.roles().stream().map(Role::code).toList(), u.passwordHash())));
        for (Station s : XianGis.FLEET.stations()) {
            submit(Actor.system("setup"), new RegisterStation(s.id(), s.name(), s.agency(), s.position(),
                    XianGis.DISTRICTS.codeAt(s.position())));
        }
        submit(PBX, new OfferCall("C-110", "110", "13800000001", "ch-1", null));
        submit(PBX, new OfferCall("C-122", "122", "13800000002", "ch-2", null));
        submit(PBX, new OfferCall("C-119", "119", null, "ch-3", null));
        stations = new StationDirectory(list -> StationAreas.compute(list, XianGis.DISTRICTS.serviceArea(),
                XianGis.GRID));
        Recommender recommender = new Recommender(locator, XianGis.DISTRICTS, stations::areas,
                StraightLineEstimator.urbanDefaults(), RecommenderSettings.defaults());
        recordings = dir.resolve("recordings");
        ConsoleServices services = new ConsoleServices(runtime, journal, XianGis.DISTRICTS, stations, locator,
                recommender, XianGis.roads(), clock, pbx::get,
                new RecordingFiles(recordings, Path.of(PBX_RECORDINGS)));
        ConsoleSettings settings = new ConsoleSettings("127.0.0.1", 0, Duration.ofHours(8),
                ConsoleSettings.DEFAULT_MAX_BODY_BYTES, throttling, StreamFanout.DEFAULT_LINGER, TILES, "西安市",
                IDLE_TIMEOUT, tls, eido);
        server = ConsoleServer.start(settings, services);
        api = new ApiClient(server.port());
    }

    static List<UserAccount> users() {
        String hash = PasswordHash.create(PASSWORD.toCharArray(), 1_000);
        return List.of(
                new UserAccount("call-taker", hash, Set.of(Role.CALL_TAKER)),
                new UserAccount("dispatcher", hash, Set.of(Role.DISPATCHER)),
                new UserAccount("auditor", hash, Set.of(Role.AUDITOR)),
                new UserAccount("supervisor", hash, Set.of(Role.SUPERVISOR)),
                new UserAccount("multi", hash, Set.of(Role.CALL_TAKER, Role.AUDITOR)),
                new UserAccount("alert-feed", hash, Set.of(Role.ALERT_FEED)));
    }

    /**
     * Submits a command. Once the server runs, also applies the outcome's events to the unit locator at once (the
     * server's own feed does the same a moment later on its hub thread), so a test can query the recommender right
     * after; before, the server's start-up seeding is what puts the units there.
     */
    Outcome submit(Actor actor, Command command) {
        Outcome outcome = runtime.submit(actor, command).join();
        if (server != null) {
            outcome.events().forEach(e -> locator.apply(e, outcome.timestamp()));
        }
        return outcome;
    }

    /** Defines another centre's system: a user with the {@code partner} role and {@link #PASSWORD}. */
    void definePartner(String username) {
        submit(Actor.system("setup"), new DefineUser(username, List.of(Role.PARTNER.code()),
                PasswordHash.create(PASSWORD.toCharArray(), 1_000)));
    }

    long lastSequence() {
        return runtime.read(c -> c.lastSequence()).join();
    }

    /**
     * Waits (bounded) for the runtime's snapshot writer to have written the last snapshot before {@code from}
     * (snapshots are written on their own thread); its sequence.
     */
    long awaitSnapshotBefore(long from) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var found = runtime.snapshots().atOrBefore(from - 1);
            if (found.isPresent() && found.get().position().sequence() > from - 1 - SNAPSHOT_EVERY) {
                return found.get().position().sequence();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        throw new AssertionError("no snapshot before " + from + " was written within 30 s");
    }

    @Override
    public void close() {
        server.close();
        runtime.close();
    }
}
