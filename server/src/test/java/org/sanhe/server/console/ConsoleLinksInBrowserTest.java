package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.gis.projection.Gcj02;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;

/**
 * The console's links to the centre, in real headless Chromium: a network outage between one console and the server
 * (a {@link Relay} taken down and brought back), a PBX link outage (the simulator refuses logins for a while), and
 * a deployment's tile server in GCJ-02. The console must say when a link is down, come back by itself, and miss
 * nothing that happened meanwhile; on GCJ-02 tiles it must draw WGS84 positions where the tiles have them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLinksInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    ServerAssembly server;
    HttpServer tileServer;
    final AtomicInteger tileRequests = new AtomicInteger();
    Relay relay;
    ConsoleBrowser dispatcher;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        byte[] tile = emptyTile();
        tileServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tileServer.createContext("/tiles/", exchange -> {
            tileRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, tile.length);
            exchange.getResponseBody().write(tile);
            exchange.close();
        });
        tileServer.start();
        Path file = dir.resolve("test.yaml");
        Files.writeString(file, """
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                gis: { roads: { cacheDir: target/roads-cache } }
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                map:
                  tiles: { url: "http://127.0.0.1:%d/tiles/{z}/{x}/{y}.png", datum: gcj02, attribution: "test tiles" }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots"), tileServer.getAddress().getPort()));
        server = ServerAssembly.start(ConfigLoader.load(file, Map.of()), EpochClock.system());
        assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).isTrue();
        relay = new Relay(server.console().port());
        dispatcher = new ConsoleBrowser("http://127.0.0.1:" + relay.port(), dir.resolve("profile"));
        dispatcher.signIn("dispatcher");
    }

    @AfterAll
    void stop() throws Exception {
        if (dispatcher != null) {
            dispatcher.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (server != null) {
            server.close();
        }
        if (tileServer != null) {
            tileServer.stop(0);
        }
    }

    @Test
    void aLostConnectionShowsTheBannerAndTheConsoleResumesWithoutMissingAnything() throws Exception {
        dispatcher.await("#incident-list");
        relay.down();
        dispatcher.wait.until(ExpectedConditions.attributeToBe(By.id("link-stream"), "data-state", "down"));
        dispatcher.awaitText("#banner", "实时连接");

        long opened = openIncidentDirectly();

        relay.up();
        dispatcher.wait.until(ExpectedConditions.attributeToBe(By.id("link-stream"), "data-state", "up"));
        dispatcher.await("#incident-list .incident[data-incident-id='" + opened + "']");
        dispatcher.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
        assertThat(scriptErrors()).as("browser log, network failures during the outage aside").isEmpty();
    }

    @Test
    void aPbxOutageShowsTheBannerUntilTheLinkIsBack() {
        server.simulator().outage(() -> dispatcher.awaitText("#banner", "PBX"));
        dispatcher.wait.until(ExpectedConditions.attributeToBe(By.id("link-pbx"), "data-state", "up"));
        dispatcher.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
    }

    @Test
    void onGcj02TilesTheMapDrawsWhereTheServerWouldAndPicksBackInWgs84() {
        dispatcher.wait.until(d -> tileRequests.get() > 0);
        GeoPoint bellTower = new GeoPoint(34.26110, 108.94230);
        GeoPoint server = Gcj02.fromWgs84(bellTower);
        @SuppressWarnings("unchecked")
        List<Object> onMap = (List<Object>) dispatcher.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/console/map.js').then((m) => {
                  const ll = m.onMap({ lat: 34.26110, lon: 108.94230 });
                  const back = m.fromMap({ lat: ll[0], lng: ll[1] });
                  done([ll[0], ll[1], back.lat, back.lon]);
                });
                """);
        assertThat(((Number) onMap.get(0)).doubleValue()).isCloseTo(server.lat(), within(1e-6));
        assertThat(((Number) onMap.get(1)).doubleValue()).isCloseTo(server.lon(), within(1e-6));
        assertThat(((Number) onMap.get(2)).doubleValue()).isCloseTo(bellTower.lat(), within(2e-6));
        assertThat(((Number) onMap.get(3)).doubleValue()).isCloseTo(bellTower.lon(), within(2e-6));
        assertThat(server.lat()).as("the shift is real, not zero").isNotCloseTo(bellTower.lat(), within(1e-4));
    }

    /** Opens an incident through the API directly, not through the relay: the console cannot see it happen. */
    private long openIncidentDirectly() throws Exception {
        String base = "http://127.0.0.1:" + server.console().port() + "/api/v1/";
        JsonNode session = send(HttpRequest.newBuilder(URI.create(base + "sessions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"dispatcher\",\"password\":\"demo\"}")), 201);
        JsonNode incident = send(HttpRequest.newBuilder(URI.create(base + "incidents"))
                .header("Authorization", "Bearer " + session.get("token").asText())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"type": "ROBBERY", "location": {"lat": 34.2611, "lon": 108.9423}, "address": "钟楼"}""")),
                201);
        return incident.get("id").asLong();
    }

    private JsonNode send(HttpRequest.Builder request, int status) throws Exception {
        HttpResponse<String> response = http.send(request.header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Severe browser log lines other than the requests that failed while the relay was down. */
    private List<String> scriptErrors() {
        return dispatcher.errors().stream()
                .filter(e -> !e.contains("net::ERR_") && !e.contains("WebSocket connection to")
                        && !e.contains("Failed to fetch"))
                .toList();
    }

    private static byte[] emptyTile() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB), "png", png);
        return png.toByteArray();
    }
}
