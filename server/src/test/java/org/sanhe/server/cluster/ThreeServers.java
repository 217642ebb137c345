package org.sanhe.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.cluster.Await;
import org.sanhe.dispatch.runtime.cluster.Fingerprint;
import org.sanhe.gis.station.Fleet;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatorOptions;

/**
 * Three servers of the demo as members of one cluster in this JVM, started at once (as three hosts booted together
 * would be) with the same configuration but their own member id, console port (any free one), journal and cluster
 * directory under {@code root}; cluster ports {@code basePort + 10 * id + 0..4}; leader heartbeat 1 s, election
 * 500 ms; no roads (faster, and no shared cache); the demo units driven by hand; telephony pointed at one PBX
 * simulator started here. Closes what is still running.
 */
final class ThreeServers implements AutoCloseable {

    static final int MEMBERS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final int basePort;
    private final PbxSimulator pbx;
    private final ServerAssembly[] servers = new ServerAssembly[MEMBERS];
    private final HttpClient http = HttpClient.newHttpClient();

    private ThreeServers(Path root, int basePort) {
        this.root = root;
        this.basePort = basePort;
        this.pbx = PbxSimulator.start(SimulatorOptions.of("dispatch", "dispatch").withPort(0));
    }

    static ThreeServers start(Path root, int basePort) throws Exception {
        ThreeServers three = new ThreeServers(root, basePort);
        ExecutorService starting = Executors.newFixedThreadPool(MEMBERS);
        try {
            List<Future<ServerAssembly>> started = new ArrayList<>();
            for (int id = 0; id < MEMBERS; id++) {
                var config = ConfigLoader.load(three.configFile(id), Map.of());
                started.add(starting.submit(() -> ServerAssembly.start(config, EpochClock.system())));
            }
            for (int id = 0; id < MEMBERS; id++) {
                three.servers[id] = started.get(id).get(120, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            three.close();
            throw e;
        } finally {
            starting.shutdown();
        }
        return three;
    }

    private Path configFile(int id) throws Exception {
        StringBuilder members = new StringBuilder();
        for (int m = 0; m < MEMBERS; m++) {
            members.append("    - { id: ").append(m).append(", host: 127.0.0.1, basePort: ")
                    .append(basePort + 10 * m).append(" }\n");
        }
        Path file = root.resolve("node-" + id + ".yaml");
        Files.writeString(file, """
                server: { port: 0 }
                journal: { dir: "%s" }
                gis: { roads: { file: null } }
                demoFleet: { drive: false }
                telephony:
                  simulator: { enabled: false }
                  ami: { host: 127.0.0.1, port: %d }
                cluster:
                  enabled: true
                  memberId: %d
                  dir: "%s"
                  leaderHeartbeatTimeoutMillis: 1000
                  electionTimeoutMillis: 500
                  members:
                %s""".formatted(journalDir(id), pbx.port(), id, root.resolve("cluster-" + id), members));
        return file;
    }

    Path journalDir(int id) {
        return root.resolve("journal-" + id);
    }

    ServerAssembly server(int id) {
        return servers[id];
    }

    PbxSimulator pbx() {
        return pbx;
    }

    /** The running servers' ids. */
    List<Integer> running() {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < MEMBERS; id++) {
            if (servers[id] != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Closes server {@code id} (its member leaves the cluster). */
    void stop(int id) {
        servers[id].close();
        servers[id] = null;
    }

    /**
     * Each running server's {@code /health}, checked against the API contract; a server that answers 503 (its read
     * model not caught up within the route's two seconds, on a loaded machine) is left out.
     */
    Map<Integer, JsonNode> health() throws Exception {
        Map<Integer, JsonNode> health = new TreeMap<>();
        for (int id : running()) {
            URI uri = URI.create("http://127.0.0.1:" + servers[id].console().port() + "/health");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            ApiContract.get().check(response);
            if (response.statusCode() == 200) {
                health.put(id, JSON.readTree(response.body()));
            }
        }
        return health;
    }

    /** Waits until the running servers report one leader, the others following it, and returns its id. */
    int awaitOneLeader() {
        return Await.value("one leader among the running servers, followed by the others", () -> {
            try {
                Map<Integer, JsonNode> health = new TreeMap<>();
                health().forEach((id, h) -> health.put(id, h.get("cluster")));
                if (health.size() != running().size()) {
                    return null;
                }
                long leaders = health.values().stream().filter(h -> h.get("role").asText().equals("leader")).count();
                List<Integer> leaderIds = health.values().stream().map(h -> h.get("leaderId"))
                        .map(n -> n.isNull() ? -1 : n.asInt()).distinct().toList();
                boolean followers = health.values().stream().filter(h -> h.get("role").asText().equals("follower"))
                        .count() == health.size() - 1;
                return leaders == 1 && followers && leaderIds.size() == 1 && leaderIds.get(0) >= 0
                        ? leaderIds.get(0) : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** How many commands the configuration takes from an empty journal: the rules, the users, the demo fleet. */
    long configurationCommands() {
        Fleet demo = Fleet.demo();
        return 1 + servers[running().get(0)].config().users().size() + demo.stations().size() + demo.units().size();
    }

    /** Waits until every running member's replica has the same sequence, state hash and chain head. */
    Fingerprint awaitSameFingerprint() {
        return Await.value("the same fingerprint on every running member", () -> {
            List<Fingerprint> prints = new ArrayList<>();
            for (int id : running()) {
                try {
                    prints.add(servers[id].cluster().node().service().fingerprint().get(30, TimeUnit.SECONDS));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return prints.stream().distinct().count() == 1 ? prints.get(0) : null;
        });
    }

    String base(int id) {
        return "http://127.0.0.1:" + servers[id].console().port() + "/api/v1/";
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        for (int id = 0; id < MEMBERS; id++) {
            if (servers[id] != null) {
                stop(id);
            }
        }
        pbx.close();
    }
}
