package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallAndDistrictApiTest {

    ConsoleHarness h;
    String token;

    @BeforeAll
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
        h.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", "PJSIP/1001"));
        h.submit(ConsoleHarness.PBX, new AbandonCall("C-119", 5_000));
        token = h.api.login("auditor");
    }

    @AfterAll
    void stop() {
        h.close();
    }

    @Test
    void activeCallsOfAllLines() {
        JsonNode calls = h.api.get("/api/v1/calls?state=active", token).body();
        assertThat(calls.findValuesAsText("id")).containsExactly("C-110", "C-122");
        JsonNode answered = calls.get(0);
        assertThat(answered.path("line").asText()).isEqualTo("110");
        assertThat(answered.path("state").asText()).isEqualTo("answered");
        assertThat(answered.path("answeredBy").asText()).isEqualTo("call-taker");
        assertThat(answered.path("callerNumber").asText()).isEqualTo("13800000001");
        assertThat(answered.path("offeredAt").asText()).isEqualTo("2027-01-15T08:00:00Z");
        assertThat(answered.path("incidentId").isNull()).isTrue();
        assertThat(h.api.get("/api/v1/calls", token).body()).isEqualTo(calls);
    }

    @Test
    void allCallsIncludeEndedOnes() {
        JsonNode calls = h.api.get("/api/v1/calls?state=all", token).body();
        assertThat(calls.findValuesAsText("state")).containsExactly("answered", "queued", "abandoned");
        assertThat(h.api.get("/api/v1/calls?state=old", token).status()).isEqualTo(400);
    }

    @Test
    void districtAtAPoint() {
        ApiClient.Reply reply = h.api.get("/api/v1/districts/at?lat=34.2610&lon=108.9420", token);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("code").asText()).startsWith("6101");
        assertThat(reply.body().path("name").asText()).endsWith("区");
    }

    @Test
    void outsideTheServiceAreaIs404() {
        ApiClient.Reply reply = h.api.get("/api/v1/districts/at?lat=39.9&lon=116.4", token);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("OUTSIDE_SERVICE_AREA");
    }

    @Test
    void badCoordinatesAre400() {
        assertThat(h.api.get("/api/v1/districts/at?lat=x&lon=108", token).body().path("field").asText())
                .isEqualTo("lat");
        assertThat(h.api.get("/api/v1/districts/at?lat=34", token).body().path("field").asText()).isEqualTo("lon");
        assertThat(h.api.get("/api/v1/districts/at?lat=34&lon=200", token).status()).isEqualTo(400);
    }
}
