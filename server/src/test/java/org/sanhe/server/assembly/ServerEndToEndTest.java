package org.sanhe.server.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * The whole centre, end to end, through its real interfaces: a call placed on the PBX simulator reaches the core
 * over AMI and shows on the WebSocket stream and in {@code /calls}; the call-taker opens an incident from it; the
 * dispatcher takes the top recommendation, assigns it and moves the unit through its statuses; the incident is
 * closed; the auditor's timeline shows every step with its actor and time. Demo units are moved by hand here
 * ({@code demoFleet.drive: false}).
 */
class ServerEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @Test
    void aSimulatorCallGoesThroughTheWholeCentreAndTheAuditorSeesEveryStep() throws Exception {
        try (ServerAssembly server = ServerAssembly.start(config(), EpochClock.system())) {
            assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).isTrue();
            base = "http://127.0.0.1:" + server.console().port() + "/api/v1/";
            String callTaker = login("calltaker");
            String dispatcher = login("dispatcher");
            String auditor = login("auditor");
            BlockingQueue<JsonNode> stream = stream(server.console().port(), dispatcher);

            SimulatedCall call = server.simulator().pbx().placeCall(new CallSpec("13800138000", "110", "from-pstn",
                    Map.of("EMERGENCY_LINE", "110")));
            call.queue("q110");
            call.ring("PJSIP/1001");
            call.answer();
            JsonNode answered = awaitCommand(stream, "AnswerCall");
            String callId = answered.get("command").get("callId").asText();
            assertThat(answered.get("actor").asText()).isEqualTo("system:pbx");
            JsonNode calls = get("calls?state=active", callTaker);
            assertThat(calls.toString()).contains(callId, "13800138000", "calltaker");

            JsonNode incident = post("incidents", callTaker, """
                    {"type": "ROBBERY", "location": {"lat": 34.2611, "lon": 108.9423}, "address": "Bell Tower",
                     "notes": "two men, one knife", "callId": "%s"}""".formatted(callId), 201);
            long id = incident.get("id").asLong();
            assertThat(incident.get("district").asText()).isEqualTo("610103");
            awaitCommand(stream, "OpenIncident");

            JsonNode recommendation = get("incidents/" + id + "/recommendations", dispatcher);
            JsonNode top = recommendation.get("needs").get(0).get("picked").get(0);
            assertThat(top.get("agency").asText()).isEqualTo("police");
            assertThat(top.get("etaSeconds").asLong()).isPositive();
            String unitId = top.get("unitId").asText();

            post("incidents/" + id + "/assignments", callTaker, "{\"unitId\": \"" + unitId + "\"}", 403);
            post("incidents/" + id + "/assignments", dispatcher, "{\"unitId\": \"" + unitId + "\"}", 201);
            post("units/" + unitId + "/status", dispatcher, "{\"status\": \"en-route\"}", 200);
            post("units/" + unitId + "/status", dispatcher, "{\"status\": \"on-scene\"}", 200);
            post("incidents/" + id + "/close", dispatcher, "{\"disposition\": \"resolved\"}", 200);
            awaitCommand(stream, "CloseIncident");

            JsonNode timeline = get("audit/incidents/" + id + "/timeline", auditor);
            List<String> steps = new ArrayList<>();
            for (JsonNode step : timeline) {
                assertThat(step.get("time").asText()).endsWith("Z");
                steps.add(step.get("command").get("@type").asText() + " by " + step.get("actor").asText());
            }
            assertThat(steps).containsSubsequence("OpenIncident by user:calltaker", "AssignUnit by user:dispatcher",
                    "ChangeUnitStatus by user:dispatcher", "ChangeUnitStatus by user:dispatcher",
                    "CloseIncident by user:dispatcher");
            post("incidents/" + id + "/close", auditor, "{\"disposition\": \"resolved\"}", 403);
        }
    }

    private DispatchConfig config() throws Exception {
        Path file = dir.resolve("test.yaml");
        Files.writeString(file, """
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                gis: { roads: { cacheDir: target/roads-cache } }
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots")));
        return ConfigLoader.load(file, Map.of());
    }

    private String login(String user) throws Exception {
        JsonNode session = send(HttpRequest.newBuilder(URI.create(base + "sessions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo\"}")),
                null, 201);
        return session.get("token").asText();
    }

    private JsonNode get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token, 200);
    }

    private JsonNode post(String path, String token, String body, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                token, status);
    }

    private JsonNode send(HttpRequest.Builder request, String token, int status) throws Exception {
        request.header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private BlockingQueue<JsonNode> stream(int port, String token) throws Exception {
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/v1/stream"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            try {
                                messages.add(JSON.readTree(text.toString()));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            text.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        JsonNode snapshot = messages.poll(10, TimeUnit.SECONDS);
        assertThat(snapshot).isNotNull();
        ApiContract.get().checkStreamMessage(snapshot);
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        return messages;
    }

    private static JsonNode awaitCommand(BlockingQueue<JsonNode> stream, String type) throws InterruptedException {
        while (true) {
            JsonNode message = stream.poll(30, TimeUnit.SECONDS);
            assertThat(message).as("a %s on the stream within 30 s", type).isNotNull();
            ApiContract.get().checkStreamMessage(message);
            if ("event".equals(message.get("type").asText())
                    && type.equals(message.get("command").get("@type").asText())) {
                return message;
            }
        }
    }
}
