package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;

/**
 * The whole server as the browser tests run it: the demo's configuration (its users, rules, districts and fleet) on a
 * port of the OS's choosing, journal and snapshots in the test's directory, the demo fleet standing still and the PBX
 * simulator making no calls of its own; without roads unless asked (then central Xi'an's, cached under
 * {@code target/roads-cache}), plus the lines a test adds (a machine user, the call-takers' seats). Built and started
 * on the test's thread; the test closes the server it gets.
 */
final class DemoServer {

    /** The demo users' password. */
    static final String PASSWORD = "demo";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private boolean roads;
    private final List<String> telephony = new ArrayList<>();
    private final List<String> more = new ArrayList<>();

    private DemoServer(Path dir) {
        this.dir = dir;
    }

    /** A server keeping its configuration, journal and snapshots in {@code dir}. */
    static DemoServer in(Path dir) {
        return new DemoServer(dir);
    }

    /** With central Xi'an's roads (imported once into {@code target/roads-cache}, loaded from there afterwards). */
    DemoServer withRoads() {
        roads = true;
        return this;
    }

    /** A line of the {@code telephony:} section, e.g. {@code callTakers: { "PJSIP/1001": calltaker }}. */
    DemoServer telephony(String line) {
        telephony.add(line);
        return this;
    }

    /** Top-level YAML of the test's own, e.g. a {@code users:} section. */
    DemoServer with(String yaml) {
        more.add(yaml);
        return this;
    }

    /** Writes the configuration and starts the server; returns once it serves. */
    ServerAssembly start() throws IOException {
        Path file = dir.resolve("test.yaml");
        StringBuilder yaml = new StringBuilder("""
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                gis: { roads: %s }
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots"),
                roads ? "{ cacheDir: target/roads-cache }" : "{ file: null }"));
        telephony.forEach(line -> yaml.append("  ").append(line).append('\n'));
        more.forEach(text -> yaml.append(text).append('\n'));
        Files.writeString(file, yaml);
        return ServerAssembly.start(ConfigLoader.load(file, Map.of()), EpochClock.system());
    }

    /** The console's address, e.g. {@code http://127.0.0.1:40123} (no trailing slash). */
    static String base(ServerAssembly server) {
        return "http://127.0.0.1:" + server.console().port();
    }

    /** Signs a demo user in over HTTP (the reply checked against the API document); its token. */
    static String signIn(String base, String username) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asText();
    }
}
