package org.sanhe.server.assembly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.sanhe.console.ConsoleServer;
import org.sanhe.console.ConsoleServices;
import org.sanhe.console.ConsoleSettings;
import org.sanhe.console.recording.RecordingFiles;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.cluster.ClusterCore;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.recommend.Recommender;
import org.sanhe.gis.recommend.RecommenderSettings;
import org.sanhe.gis.recommend.RoadTravelTimeEstimator;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.recommend.TravelTimeEstimator;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.roads.UnitPlaces;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.station.StationDirectory;
import org.sanhe.gis.tracking.PositionListener;
import org.sanhe.gis.tracking.UnitLocator;
import org.sanhe.server.config.ConfigProblem;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.server.config.InvalidConfigException;
import org.sanhe.server.config.ServerSettings;
import org.sanhe.server.demo.DemoFleetAgent;
import org.sanhe.telephony.adapter.AsteriskCallAdapter;
import org.sanhe.telephony.adapter.TelephonyHealth;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's parts, started in order and closed in reverse: the core (recovered from its journal and snapshots),
 * its rules, users and fleet brought up to the configuration ({@link CoreSetup}), the geography (the configured
 * city's districts and metric grid, the road network when configured, the live stations and their first-due areas by
 * road or Voronoi, clipped to the districts, the unit tracker over their extent, the recommender with road or
 * straight-line ETAs), the telephony (the
 * built-in {@link PbxSimulator} when enabled, and the {@link AsteriskCallAdapter} connected to it, or to a real PBX,
 * over TCP) and, with {@code demo: true}, the {@link DemoFleetAgent}. With {@code cluster.enabled}, the core is this
 * server's member of an Aeron Cluster ({@link ClusterCore}), and the adapter and the demo fleet run on the leader only
 * ({@link LeaderDuties}).
 *
 * <p>Last the console API ({@link ConsoleServer}) on top of them all, so that {@link #close()} stops it first; it keeps
 * the unit tracker in step with the core. Created by the
 * {@code serve} command (or a test) on its thread; the getters may be called from any thread.
 */
public final class ServerAssembly implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerAssembly.class);

    private final DispatchConfig config;
    private final EpochClock clock;
    private final Deque<Part> started = new ArrayDeque<>();
    private CoreHost runtime;
    private ClusterCore cluster;
    private LeaderDuties duties;
    private CoreSetup.Result setup;
    private DistrictMap districts;
    private MetricProjection projection;
    private StationDirectory stations;
    private UnitLocator locator;
    private UnitPlaces unitPlaces;
    private Recommender recommender;
    private RoadNetwork roads;
    private PbxSimulator simulator;
    private ConsoleServer console;

    /** A started part and its name, for the shutdown log. */
    private record Part(String name, AutoCloseable part) {
    }

    private ServerAssembly(DispatchConfig config, EpochClock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Starts everything the configuration asks for. On failure, what was started is closed again and the exception
     * is rethrown.
     */
    public static ServerAssembly start(DispatchConfig config, EpochClock clock) {
        ServerAssembly assembly = new ServerAssembly(config, clock);
        try {
            assembly.loadCity();
            assembly.startCore();
            assembly.startGeography();
            assembly.startTelephony();
            assembly.startConsole();
            return assembly;
        } catch (RuntimeException e) {
            assembly.close();
            throw e;
        }
    }

    /**
     * The embedded single node, or this server's member of the cluster: then it waits for a leader (a majority of
     * the members up) before the setup, which every member runs (see {@link CoreSetup}).
     */
    private void startCore() {
        var journal = config.journal();
        if (config.cluster().enabled()) {
            cluster = ClusterCore.start(config.cluster().options(journal.dir(), config.cluster().aeronDir()), clock,
                    journal.snapshotEvery());
            runtime = cluster;
            attach("cluster member " + config.cluster().memberId(), cluster);
            cluster.awaitLeader();
        } else {
            RuntimeOptions options = new RuntimeOptions(journal.dir(), journal.durability(), journal.snapshotDir(),
                    journal.snapshotEvery(), 1 << 16, true);
            runtime = DispatchRuntime.start(options, clock);
            attach("core", runtime);
        }
        setup = CoreSetup.apply(runtime, config.rules(), config.users(), config.fleet(), districts);
    }

    /** The city's districts and metric grid: data the core setup needs to locate the fleet's stations. */
    private void loadCity() {
        districts = config.city().districts();
        projection = config.city().projection();
    }

    /**
     * The live geography: the stations and their first-due areas, and the unit tracker, both fed from the core by
     * the console's hub from its start on; the recommender reads them. With roads, the tracker places each reported
     * position on the network as it applies it (on the hub's thread), so a recommendation does not snap its units.
     */
    private void startGeography() {
        StraightLineEstimator straightLine = StraightLineEstimator.urbanDefaults();
        TravelTimeEstimator travel = straightLine;
        PositionListener positions = PositionListener.NONE;
        if (config.roads() != null) {
            roads = openRoads(config.roads());
            unitPlaces = new UnitPlaces(roads);
            positions = unitPlaces;
            travel = new RoadTravelTimeEstimator(roads, unitPlaces, straightLine,
                    RoadTravelTimeEstimator.DEFAULT_TIME_LIMIT_MILLIS);
            stations = new StationDirectory(list -> StationAreas.byRoad(list, districts.serviceArea(), projection,
                    roads));
        } else {
            stations = new StationDirectory(list -> StationAreas.compute(list, districts.serviceArea(), projection));
        }
        locator = new UnitLocator(districts.serviceArea().getEnvelopeInternal(), UnitLocator.DEFAULT_CELL_METERS,
                projection, positions);
        recommender = new Recommender(locator, districts, stations::areas, travel, RecommenderSettings.defaults());
    }

    /** The road network, imported or loaded from its cache; a file that cannot be read is a configuration error. */
    private RoadNetwork openRoads(RoadSettings settings) {
        try {
            RoadNetwork network = RoadNetwork.open(settings);
            attach("road network", network);
            return network;
        } catch (IOException | RuntimeException e) {
            throw new InvalidConfigException(List.of(new ConfigProblem("gis.roads.file",
                    "cannot import " + settings.file() + ": " + e.getMessage())));
        }
    }

    /**
     * The console API on {@code server.host:port} (0: any free port); its users are the centre's journaled ones.
     * It also keeps the unit locator and the stations in step with the core, from its one subscription.
     */
    private void startConsole() {
        ServerSettings server = config.server();
        ConsoleSettings settings = ConsoleSettings.of(server.host(), server.port())
                .withStreamLinger(Duration.ofNanos(1_000 * server.streamLingerMicros()))
                .withTiles(config.tiles()).withCityName(config.city().name()).withEido(config.eido())
                .withSessions(Duration.ofMillis(server.sessionLifetimeMillis()),
                        Duration.ofMillis(server.sessionIdleMillis()))
                .withTls(server.tls());
        if (server.insecure()) {
            LOG.warn("server.tls: insecure: the console serves plain HTTP on {}; bearer tokens, callers' numbers and "
                    + "locations cross the network in clear", server.host());
        }
        Path recordingDir = config.telephony().recording().directoryPath();
        RecordingFiles recordings = recordingDir == null ? null
                : new RecordingFiles(recordingDir, config.telephony().recording().pbxDirectoryPath());
        console = ConsoleServer.start(settings, new ConsoleServices(runtime, config.journal().dir(), districts, stations,
                locator, recommender, roads, clock, pbxHealth(), recordings));
        attach("console API", console);
    }

    /**
     * The built-in PBX simulator when enabled (on every server that enables it), then the telephony adapter and,
     * with demo driving, the demo fleet: from now on the single node, while it leads a member of a cluster
     * ({@link LeaderDuties}).
     */
    private void startTelephony() {
        if (config.simulator().enabled()) {
            simulator = PbxSimulator.start(Simulators.options(config, districts));
            attach("PBX simulator", simulator);
        }
        duties = new LeaderDuties(Simulators.adapterConfig(config, simulator), runtime, clock,
                config.demo() && config.demoDrive() ? this::demoFleet : null);
        attach("telephony adapter", duties);
        if (cluster == null) {
            duties.startNow();
        } else {
            duties.follow(cluster);
        }
    }

    private DemoFleetAgent demoFleet() {
        return new DemoFleetAgent(runtime, StraightLineEstimator.urbanDefaults(), clock,
                new SplittableRandom(config.simulator().seed()), DemoFleetAgent.Settings.defaults());
    }

    /** Adds a part started on top of this one (the console API); it is closed before everything started so far. */
    public void attach(String name, AutoCloseable part) {
        started.push(new Part(name, part));
    }

    /** Closes every part in reverse order of start; a failure to close one is logged and the rest still close. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            Part part = started.pop();
            try {
                part.part().close();
                LOG.info("stopped {}", part.name());
            } catch (Exception e) {
                LOG.error("stopping {} failed", part.name(), e);
            }
        }
    }

    /** The health of the PBX link, as the console's health endpoint shows it. */
    public Supplier<Map<String, Object>> pbxHealth() {
        return () -> {
            AsteriskCallAdapter telephony = duties.telephony();
            Map<String, Object> out = new LinkedHashMap<>();
            if (telephony == null) {
                out.put("link", null);
                out.put("pbx", simulator != null ? "simulator" : "asterisk");
                return out;
            }
            TelephonyHealth h = telephony.health();
            out.put("link", h.state().name());
            out.put("pbx", simulator != null ? "simulator" : "asterisk");
            out.put("lastEventAt", h.lastEventAt() == null ? null : h.lastEventAt().toString());
            out.put("connects", h.connects());
            out.put("resyncs", h.resyncs());
            out.put("droppedEvents", h.droppedEvents());
            out.put("liveCalls", h.liveCalls());
            out.put("commandsSubmitted", h.commandsSubmitted());
            out.put("commandsHeld", h.commandsHeld());
            out.put("commandsDropped", h.commandsDropped());
            if (cluster != null) {
                out.put("standby", h.standby());
                out.put("commandsPending", h.commandsPending());
                out.put("pendingDropped", h.pendingDropped());
                out.put("duplicatesRejected", h.duplicatesRejected());
            }
            return out;
        };
    }

    public DispatchConfig config() {
        return config;
    }

    public EpochClock clock() {
        return clock;
    }

    /** The core: the embedded single node, or this server's member of the cluster. */
    public CoreHost runtime() {
        return runtime;
    }

    /** This server's member of the cluster, or null for the embedded single node. */
    public ClusterCore cluster() {
        return cluster;
    }

    public Path journalDir() {
        return config.journal().dir();
    }

    /** What this start journaled to bring the core up to the configuration. */
    public CoreSetup.Result setup() {
        return setup;
    }

    public DistrictMap districts() {
        return districts;
    }

    /** The live stations and their first-due areas. */
    public StationDirectory stations() {
        return stations;
    }

    public UnitLocator locator() {
        return locator;
    }

    /** Where each unit sits on the roads, placed as the locator applies its positions; null without roads. */
    public UnitPlaces unitPlaces() {
        return unitPlaces;
    }

    public Recommender recommender() {
        return recommender;
    }

    /** The road network, or null when {@code gis.roads} is not configured. */
    public RoadNetwork roads() {
        return roads;
    }

    /** The built-in PBX simulator, or null when a real PBX is configured. */
    public PbxSimulator simulator() {
        return simulator;
    }

    /** The console API. */
    public ConsoleServer console() {
        return console;
    }

    /** The telephony adapter while this server feeds the PBX's calls (a cluster's leader), else null. */
    public AsteriskCallAdapter telephony() {
        return duties.telephony();
    }
}
