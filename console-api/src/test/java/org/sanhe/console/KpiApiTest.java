package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.AnswerCall;

/**
 * {@code GET /api/v1/audit/kpis}: answer times against NENA's 15 s / 20 s, call processing against NFPA's 60 s and
 * calls per line and hour, gathered from the journal. The harness offers one call per line at 08:00:00 UTC.
 */
class KpiApiTest {

    @TempDir
    Path dir;
    ConsoleHarness h;
    String auditor;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        auditor = h.api.login("auditor");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void answerTimesCallProcessingAndCallsPerHour() {
        h.clock.advance(12_000);
        h.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", "PJSIP/1001"));
        h.clock.advance(13_000);
        h.submit(ConsoleHarness.PBX, new AnswerCall("C-122", "call-taker", "PJSIP/1002"));
        String supervisor = h.api.login("supervisor");
        long id = h.api.post("/api/v1/incidents", supervisor, "{\"type\":\"THEFT\",\"callId\":\"C-110\","
                + "\"location\":" + IncidentApiTest.AT_CENTRE + "}").body().path("id").asLong();
        h.clock.advance(70_000);
        assertThat(h.api.post("/api/v1/incidents/" + id + "/assignments", supervisor, "{\"unitId\":\"P-1\"}")
                .status()).isEqualTo(201);

        ApiClient.Reply reply = h.api.get("/api/v1/audit/kpis?from=2027-01-15T07:00:00Z&to=2027-01-15T09:00:00Z",
                auditor);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode answer = reply.body().path("answer");
        assertThat(answer.path("count").asInt()).isEqualTo(2);
        assertThat(answer.path("withinTarget").path("15").asDouble()).isEqualTo(0.5);
        assertThat(answer.path("withinTarget").path("20").asDouble()).isEqualTo(0.5);
        assertThat(answer.path("p90Seconds").asDouble()).isEqualTo(25.0);
        assertThat(answer.path("bins").findValuesAsText("count")).containsExactly("0", "0", "1", "0", "1", "0", "0");
        JsonNode processing = reply.body().path("callProcessing");
        assertThat(processing.path("count").asInt()).isEqualTo(1);
        assertThat(processing.path("withinTarget").path("60").asDouble()).isZero();
        assertThat(processing.path("p90Seconds").asDouble()).isEqualTo(83.0);
        JsonNode hour = reply.body().path("callsPerHour").get(0);
        assertThat(hour.path("hour").asText()).isEqualTo("2027-01-15T08:00:00Z");
        assertThat(hour.path("lines").toString()).isEqualTo("{\"110\":1,\"119\":1,\"122\":1}");
    }

    @Test
    void aPeriodWithoutCallsHasNoSharesAndBadPeriodsAreRefused() {
        JsonNode empty = h.api.get("/api/v1/audit/kpis?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z",
                auditor).body();
        assertThat(empty.path("answer").path("count").asInt()).isZero();
        assertThat(empty.path("answer").path("withinTarget").path("15").isNull()).isTrue();
        assertThat(empty.path("callsPerHour").size()).isZero();

        ApiClient.Reply reversed = h.api.get("/api/v1/audit/kpis?from=2027-01-15T09:00:00Z"
                + "&to=2027-01-15T08:00:00Z", auditor);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().path("field").asText()).isEqualTo("from");
        assertThat(h.api.get("/api/v1/audit/kpis?to=noon", auditor).body().path("field").asText()).isEqualTo("to");
    }
}
