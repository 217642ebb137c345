package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.AnswerCall;

/**
 * The dispatcher's shift through the real server: notes, unlinking, release, divert, the proposal recorded with an
 * assignment, the units' timers, the targets, and the KPIs of those choices as JSON and CSV.
 */
class ShiftApiTest {

    @TempDir
    Path dir;
    ConsoleHarness h;
    String dispatcher;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        dispatcher = h.api.login("dispatcher");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private long open(String type, String callId) {
        String call = callId == null ? "" : "\"callId\":\"" + callId + "\",";
        return h.api.post("/api/v1/incidents", dispatcher, "{\"type\":\"" + type + "\"," + call + "\"location\":"
                + IncidentApiTest.AT_CENTRE + "}").body().path("id").asLong();
    }

    private ApiClient.Reply assign(long incident, String body) {
        return h.api.post("/api/v1/incidents/" + incident + "/assignments", dispatcher, body);
    }

    @Test
    void aNoteCarriesItsAuthorAndTimeAndCallTakersMayWriteOne() {
        long id = open("THEFT", null);
        String callTaker = h.api.login("call-taker");

        ApiClient.Reply reply = h.api.post("/api/v1/incidents/" + id + "/notes", callTaker,
                "{\"text\":\"caller is at the north gate\"}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.body().path("author").asText()).isEqualTo("user:call-taker");
        assertThat(reply.body().path("at").asText()).isNotBlank();
        JsonNode notes = h.api.get("/api/v1/incidents/" + id, dispatcher).body().path("notes");
        assertThat(notes.get(notes.size() - 1).path("text").asText()).isEqualTo("caller is at the north gate");
        ApiClient.Reply blank = h.api.post("/api/v1/incidents/" + id + "/notes", callTaker, "{\"text\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().path("field").asText()).isEqualTo("text");
        assertThat(h.api.post("/api/v1/incidents/99/notes", callTaker, "{\"text\":\"x\"}").error())
                .isEqualTo("UNKNOWN_INCIDENT");
    }

    @Test
    void aLinkedCallIsUnlinkedButNotTheCallTheIncidentWasOpenedFrom() {
        long id = open("THEFT", "C-110");
        h.api.post("/api/v1/incidents/" + id + "/calls", dispatcher, "{\"callId\":\"C-122\"}");

        ApiClient.Reply origin = h.api.send("DELETE", "/api/v1/incidents/" + id + "/calls/C-110", dispatcher, null);
        assertThat(origin.status()).isEqualTo(409);
        assertThat(origin.error()).isEqualTo("ORIGIN_CALL");

        ApiClient.Reply linked = h.api.send("DELETE", "/api/v1/incidents/" + id + "/calls/C-122", dispatcher, null);
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(linked.body().path("callIds").toString()).isEqualTo("[\"C-110\"]");
        assertThat(h.api.send("DELETE", "/api/v1/incidents/" + id + "/calls/C-122", dispatcher, null).error())
                .isEqualTo("CALL_NOT_LINKED");
    }

    @Test
    void aDivertTakesABusyUnitInOneCommandAndAReleaseFreesOne() {
        long low = open("THEFT", null);
        long urgent = open("ROBBERY", null);
        assertThat(assign(low, "{\"unitId\":\"P-1\",\"recommendation\":{\"rank\":1,\"etaSeconds\":180}}").status())
                .isEqualTo(201);
        assertThat(assign(low, "{\"unitId\":\"P-2\"}").status()).isEqualTo(201);

        ApiClient.Reply busy = assign(urgent, "{\"unitId\":\"P-1\"}");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.error()).isEqualTo("UNIT_NOT_AVAILABLE");
        long before = h.lastSequence();
        ApiClient.Reply diverted = assign(urgent, "{\"unitId\":\"P-1\",\"divert\":true}");
        assertThat(diverted.status()).as(diverted.text()).isEqualTo(201);
        assertThat(h.lastSequence()).as("one journaled command").isEqualTo(before + 1);
        assertThat(h.api.get("/api/v1/incidents/" + low, dispatcher).body().path("unitIds").toString())
                .isEqualTo("[\"P-2\"]");

        ApiClient.Reply released = h.api.post("/api/v1/incidents/" + low + "/assignments/P-2/release", dispatcher,
                "{\"reason\":\"not needed\"}");
        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.body().path("unitIds").size()).isZero();
        assertThat(released.body().path("coverage").path("complete").asBoolean()).isFalse();
        assertThat(h.api.post("/api/v1/incidents/" + low + "/assignments/P-2/release", dispatcher, null).error())
                .isEqualTo("UNIT_NOT_ASSIGNED");

        String auditor = h.api.login("auditor");
        JsonNode timeline = h.api.get("/api/v1/audit/incidents/" + low + "/timeline", auditor).body();
        List<String> events = new ArrayList<>();
        timeline.forEach(e -> e.path("events").forEach(ev -> events.add(ev.path("@type").asText() + ":"
                + ev.path("reason").asText("") + ev.path("proposal").path("rank").asText(""))));
        assertThat(events).contains("UnitAssigned:1", "UnitAssigned:", "UnitReleased:diverted to #" + urgent,
                "UnitReleased:not needed");
    }

    @Test
    void badAssignmentsAre400NotServerErrors() {
        long id = open("THEFT", null);
        for (String body : List.of("{\"unitId\":\"P-1\",\"divert\":\"yes\"}",
                "{\"unitId\":\"P-1\",\"recommendation\":3}", "{\"unitId\":\"P-1\",\"recommendation\":{\"rank\":0,"
                        + "\"etaSeconds\":5}}", "{\"unitId\":\"P-1\",\"recommendation\":{\"rank\":2}}")) {
            ApiClient.Reply reply = assign(id, body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.body().path("field").asText()).as(body).isNotBlank();
        }
        assertThat(h.api.post("/api/v1/incidents/" + id + "/assignments/P-1/release", dispatcher, "[1]").status())
                .isEqualTo(400);
    }

    @Test
    void theBoardGetsTheTargetsAndEachUnitsAcknowledgementDueAndTimeInStatus() {
        JsonNode targets = h.api.get("/api/v1/targets", dispatcher).body();
        assertThat(targets.path("answerMillis").asLong()).isEqualTo(15_000);
        assertThat(targets.path("acknowledgeMillis").asLong()).isEqualTo(60_000);
        assertThat(targets.path("dispatchMillis").path("1").asLong()).isEqualTo(60_000);
        assertThat(targets.path("dispatchMillis").path("4").isNull()).isTrue();
        long id = open("THEFT", null);
        assign(id, "{\"unitId\":\"P-1\"}");

        FleetApiTest.awaitTrue(() -> !unit("P-1").path("statusSince").isNull());
        JsonNode unit = unit("P-1");
        assertThat(unit.path("statusSince").asText()).isEqualTo(unit.path("assignedAt").asText());
        assertThat(java.time.Instant.parse(unit.path("acknowledgeDueAt").asText()).toEpochMilli()
                - java.time.Instant.parse(unit.path("assignedAt").asText()).toEpochMilli()).isEqualTo(60_000);
        h.api.post("/api/v1/units/P-1/status", dispatcher, "{\"status\":\"en-route\"}");
        assertThat(unit("P-1").path("acknowledgeDueAt").isNull()).isTrue();
    }

    private JsonNode unit(String id) {
        for (JsonNode u : h.api.get("/api/v1/units", dispatcher).body()) {
            if (u.path("id").asText().equals(id)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    @Test
    void theKpisCountOverridesAcknowledgementsAndAbandonedCallsAndExportAsCsv() {
        h.clock.advance(5_000);
        h.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", null));
        h.submit(ConsoleHarness.PBX, new org.sanhe.dispatch.domain.command.AbandonCall("C-122", 5_000));
        long id = open("THEFT", "C-110");
        assign(id, "{\"unitId\":\"P-1\",\"recommendation\":{\"rank\":1,\"etaSeconds\":120}}");
        assign(id, "{\"unitId\":\"P-2\"}");
        h.clock.advance(30_000);
        h.api.post("/api/v1/units/P-1/status", dispatcher, "{\"status\":\"en-route\"}");
        String auditor = h.api.login("auditor");

        JsonNode kpis = h.api.get("/api/v1/audit/kpis", auditor).body();
        JsonNode mine = kpis.path("assignmentsByDispatcher").path("dispatcher");
        assertThat(mine.path("assignments").asInt()).isEqualTo(2);
        assertThat(mine.path("recommended").asInt()).isEqualTo(1);
        assertThat(mine.path("overrides").asInt()).isEqualTo(1);
        assertThat(mine.path("overrideRate").asDouble()).isEqualTo(0.5);
        assertThat(kpis.path("acknowledge").path("count").asInt()).isEqualTo(1);
        assertThat(kpis.path("acknowledge").path("p90Seconds").asDouble()).isEqualTo(30.0);
        assertThat(kpis.path("abandonedByLine").path("122").path("rate").asDouble()).isEqualTo(1.0);
        assertThat(kpis.path("abandonedByLine").path("110").path("rate").asDouble()).isZero();
        assertThat(kpis.path("answerByCallTaker").path("call-taker").path("count").asInt()).isEqualTo(1);

        ApiClient.Reply csv = h.api.get("/api/v1/audit/kpis", auditor, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> rows = csv.text().lines().toList();
        assertThat(rows.get(0)).isEqualTo("section,item,metric,value");
        assertThat(rows).contains("assignmentsByDispatcher,dispatcher,overrides,1", "abandonedByLine,122,rate,1.0",
                "acknowledge,,p90Seconds,30.0");
        assertThat(rows).allMatch(r -> r.split(",", -1).length == 4);
        assertThat(h.api.get("/api/v1/audit/kpis?format=csv", auditor).text()).isEqualTo(csv.text());
        assertThat(h.api.get("/api/v1/audit/kpis?format=xml", auditor).status()).isEqualTo(400);
    }
}
