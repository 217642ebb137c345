package org.sanhe.server.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * A centre that is not the demo, end to end: the worked example of {@code config/example-city/} (its own synthetic
 * city, fleet file and users, {@code demo: false}) as a centre would run it. A call on the simulator becomes an
 * incident in that city's district, the recommender proposes only that fleet's units, the unit is assigned, arrives
 * and the incident is closed; a restart finds the same fleet and state and journals nothing.
 */
class OwnCityEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FLEET_UNITS = List.of("E-11", "E-21", "L-21", "P-11", "P-21", "T-11");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @Test
    void theExampleCityTakesACallThroughItsOwnFleetAndARestartFindsTheSameCentre() throws Exception {
        DispatchConfig config = ExampleCity.config(dir);
        assertThat(config.demo()).isFalse();
        String hash;
        try (ServerAssembly server = ServerAssembly.start(config, EpochClock.system())) {
            assertThat(server.setup()).isEqualTo(new CoreSetup.Result(true, 6, 11, 3, List.of()));
            assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).isTrue();
            base = "http://127.0.0.1:" + server.console().port() + "/api/v1/";
            String callTaker = login("li.na");
            String dispatcher = login("zhao.min");
            send("POST", "sessions", null, "{\"username\":\"calltaker\",\"password\":\"demo\"}", 401);

            SimulatedCall call = server.simulator().pbx().placeCall(new CallSpec("13800138000", "110", "from-pstn",
                    Map.of("EMERGENCY_LINE", "110")));
            call.queue("q110");
            call.ring("PJSIP/1001");
            call.answer();
            String callId = awaitAnsweredCall(callTaker);

            JsonNode incident = send("POST", "incidents", callTaker, """
                    {"type": "ROBBERY", "location": {"lat": 52.0300, "lon": 5.0500}, "callId": "%s"}"""
                    .formatted(callId), 201);
            long id = incident.get("id").asLong();
            assertThat(incident.get("district").asText()).isEqualTo("102");

            JsonNode need = send("GET", "incidents/" + id + "/recommendations", dispatcher, null, 200)
                    .get("needs").get(0);
            assertThat(need.get("picked").get(0).get("unitId").asText()).isEqualTo("P-11");
            assertThat(need.findValuesAsText("unitId")).isSubsetOf(FLEET_UNITS).contains("P-21");

            send("POST", "incidents/" + id + "/assignments", dispatcher, "{\"unitId\": \"P-11\"}", 201);
            send("POST", "units/P-11/status", dispatcher, "{\"status\": \"en-route\"}", 200);
            send("POST", "units/P-11/status", dispatcher, "{\"status\": \"on-scene\"}", 200);
            send("POST", "incidents/" + id + "/close", dispatcher, "{\"disposition\": \"resolved\"}", 200);

            assertThat(send("GET", "units", dispatcher, null, 200).findValuesAsText("id"))
                    .containsExactlyInAnyOrderElementsOf(FLEET_UNITS);
            assertThat(send("GET", "stations", dispatcher, null, 200).findValuesAsText("id"))
                    .containsExactly("FS-1", "FS-2", "PS-1", "PS-2", "TS-1");
            assertThat(send("GET", "map", dispatcher, null, 200).get("city").get("name").asText()).isEqualTo("示例市");
            hash = server.runtime().read(Centre::stateHash).get(10, TimeUnit.SECONDS);
        }
        try (ServerAssembly again = ServerAssembly.start(ExampleCity.config(dir), EpochClock.system())) {
            assertThat(again.setup()).isEqualTo(new CoreSetup.Result(false, 0, 0, 0, List.of()));
            assertThat(again.runtime().read(Centre::stateHash).get(10, TimeUnit.SECONDS)).isEqualTo(hash);
            assertThat(again.stations().stations()).hasSize(5);
            assertThat(again.locator().units()).hasSize(6);
        }
    }

    private String awaitAnsweredCall(String token) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (JsonNode call : send("GET", "calls?state=active", token, null, 200)) {
                if ("li.na".equals(call.path("answeredBy").asText())) {
                    return call.get("id").asText();
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        throw new AssertionError("the call was not answered by li.na within 30 s");
    }

    private String login(String user) throws Exception {
        return send("POST", "sessions", null, "{\"username\":\"" + user + "\",\"password\":\""
                + ExampleCity.PASSWORD + "\"}", 201).get("token").asText();
    }

    private JsonNode send(String method, String path, String token, String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
