package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.audit.AuditReader;

/** Recommendations, map layers, health and metrics. */
class InsightApiTest {

    @TempDir
    Path dir;
    ConsoleHarness h;
    String token;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        token = h.api.login("supervisor");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private long open(String type) {
        return h.api.post("/api/v1/incidents", token, "{\"type\":\"" + type + "\",\"location\":"
                + IncidentApiTest.AT_CENTRE + "}").body().path("id").asLong();
    }

    @Test
    void recommendationsRankAvailableUnitsByEta() {
        h.submit(ConsoleHarness.PBX, new ReportUnitPosition("P-2", new GeoPoint(34.30, 108.94)));
        long id = open("THEFT");

        ApiClient.Reply reply = h.api.get("/api/v1/incidents/" + id + "/recommendations", token);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode need = reply.body().path("needs").get(0);
        assertThat(need.path("agency").asText()).isEqualTo("police");
        JsonNode picked = need.path("picked").get(0);
        assertThat(picked.path("unitId").asText()).isEqualTo("P-1");
        assertThat(picked.path("distanceMeters").asLong()).isZero();
        assertThat(picked.has("etaSeconds")).isTrue();
        assertThat(picked.path("reasons").has("sameDistrict")).isTrue();
        assertThat(picked.path("etaSource").asText()).isEqualTo("straight-line");
        JsonNode alternate = need.path("alternates").get(0);
        assertThat(alternate.path("unitId").asText()).isEqualTo("P-2");
        assertThat(alternate.path("etaSeconds").asLong()).isGreaterThan(picked.path("etaSeconds").asLong());
        assertThat(alternate.path("distanceMeters").asLong()).isBetween(4_000L, 5_000L);
        assertThat(h.api.get("/api/v1/incidents/404/recommendations", token).status()).isEqualTo(404);
    }

    @Test
    void aUnitsRouteIsAGeoJsonLineByRoadInTheAskedDatum() {
        h.submit(ConsoleHarness.PBX, new ReportUnitPosition("P-2", new GeoPoint(34.2580, 108.9470)));
        long id = open("THEFT");

        ApiClient.Reply wgs84 = h.api.get("/api/v1/incidents/" + id + "/route?unit=P-2", token);
        ApiClient.Reply gcj02 = h.api.get("/api/v1/incidents/" + id + "/route?unit=P-2&datum=gcj02", token);

        assertThat(wgs84.status()).as(wgs84.text()).isEqualTo(200);
        assertThat(wgs84.body().path("type").asText()).isEqualTo("Feature");
        JsonNode line = wgs84.body().path("geometry");
        assertThat(line.path("type").asText()).isEqualTo("LineString");
        assertThat(line.path("coordinates").size()).isGreaterThan(2);
        JsonNode properties = wgs84.body().path("properties");
        assertThat(properties.path("etaSource").asText()).isEqualTo("road");
        assertThat(properties.path("etaSeconds").asLong()).isPositive();
        assertThat(properties.path("distanceMeters").asLong()).isGreaterThan(
                Math.round(new GeoPoint(34.2580, 108.9470).metersTo(new GeoPoint(34.2610, 108.9420))) - 50);
        double shift = gcj02.body().path("geometry").path("coordinates").get(0).get(0).asDouble()
                - line.path("coordinates").get(0).get(0).asDouble();
        assertThat(shift).as("GCJ-02 lies ~0.005 degrees east in Xi'an").isBetween(0.003, 0.007);
    }

    @Test
    void routeErrorsAreJsonAndOffTheNetworkIsTheStraightLine() {
        long id = open("THEFT");
        h.submit(ConsoleHarness.PBX, new RegisterUnit("P-9", null, "police", List.of("patrol"), null, null));
        h.submit(ConsoleHarness.PBX, new ReportUnitPosition("P-2", new GeoPoint(39.9055, 116.3976)));

        assertThat(h.api.get("/api/v1/incidents/" + id + "/route", token).body().path("field").asText())
                .isEqualTo("unit");
        assertThat(h.api.get("/api/v1/incidents/" + id + "/route?unit=P-1&datum=bd09", token).status())
                .isEqualTo(400);
        assertThat(h.api.get("/api/v1/incidents/404/route?unit=P-1", token).error()).isEqualTo("UNKNOWN_INCIDENT");
        assertThat(h.api.get("/api/v1/incidents/" + id + "/route?unit=X-1", token).error())
                .isEqualTo("UNKNOWN_UNIT");
        ApiClient.Reply noPosition = h.api.get("/api/v1/incidents/" + id + "/route?unit=P-9", token);
        assertThat(noPosition.status()).isEqualTo(409);
        assertThat(noPosition.error()).isEqualTo("NO_POSITION");
        ApiClient.Reply offTheRoads = h.api.get("/api/v1/incidents/" + id + "/route?unit=P-2", token);
        assertThat(offTheRoads.status()).as("off the network: the straight line, as the ETA").isEqualTo(200);
        assertThat(offTheRoads.body().path("properties").path("etaSource").asText()).isEqualTo("straight-line");
        assertThat(offTheRoads.body().path("geometry").path("coordinates").size()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"districts", "stations", "station-areas", "units", "incidents"})
    void layersAreGeoJson(String layer) {
        open("THEFT");
        ApiClient.Reply reply = h.api.get("/api/v1/layers/" + layer, token);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(reply.body().path("features").size()).isPositive();
        assertThat(h.api.get("/api/v1/layers/" + layer + "?datum=gcj02", token).status()).isEqualTo(200);
    }

    @Test
    void unknownLayersAndDatumsAreRefused() {
        assertThat(h.api.get("/api/v1/layers/roads", token).status()).isEqualTo(404);
        assertThat(h.api.get("/api/v1/layers/units?datum=bd09", token).body().path("field").asText())
                .isEqualTo("datum");
    }

    @Test
    void healthReportsTheJournalAndThePbxLink() {
        h.pbx.set(Map.of("connected", false, "since", "2027-01-15T07:59:00Z"));
        ApiClient.Reply reply = h.api.get("/health", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("ok");
        assertThat(reply.body().path("journal").path("writable").asBoolean()).isTrue();
        assertThat(reply.body().path("core").path("lastSequence").asLong()).isEqualTo(h.lastSequence());
        assertThat(reply.body().path("pbx").path("connected").asBoolean()).isFalse();
    }

    @Test
    void metricsArePrometheusText() {
        h.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker"));
        open("THEFT");

        ApiClient.Reply reply = h.api.get("/metrics", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.response().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(reply.text())
                .contains("sanhe_calls{line=\"110\"} 1.0", "sanhe_calls{line=\"119\"} 1.0")
                .contains("sanhe_call_queue_length 2.0")
                .contains("sanhe_call_answer_seconds_bucket")
                .contains("sanhe_core_command_seconds_count 1")
                .contains("sanhe_stream_lag_commands")
                .contains("sanhe_websocket_clients 0.0");
    }

    @Test
    void auditVerifyGivesTheReplayedStateHash() {
        // sign in first: the sign-in's record, submitted before its reply, is then journaled before the incident,
        // whose reply waits for it to be applied (the other order raced the verification)
        String auditor = h.api.login("auditor");
        open("THEFT");

        ApiClient.Reply reply = h.api.get("/api/v1/audit/verify", auditor);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body().path("chainOk").asBoolean()).isTrue();
        assertThat(reply.body().path("lastSequence").asLong()).isEqualTo(h.lastSequence());
        assertThat(reply.body().path("entries").asLong()).isEqualTo(h.lastSequence());
        assertThat(reply.body().path("stateHash").asText()).isEqualTo(h.runtime.read(c -> c.stateHash()).join());
        assertThat(reply.body().path("live").path("lastSequence").asLong()).isEqualTo(h.lastSequence());
        assertThat(reply.body().path("live").path("stateHash").asText()).isEqualTo(reply.body().path("stateHash")
                .asText());
        try (AuditReader reader = AuditReader.open(h.journal)) {
            assertThat(reply.body().path("headLink").asText()).isEqualTo(reader.verify().headLink());
        }
    }

    @Test
    void auditStateAtASequenceOrAnInstant() {
        long before = h.lastSequence();
        h.clock.advance(60_000);
        long id = open("THEFT");
        String auditor = h.api.login("auditor");

        JsonNode then = h.api.get("/api/v1/audit/state?at=" + before, auditor).body();
        assertThat(then.path("lastSequence").asLong()).isEqualTo(before);
        assertThat(then.path("incidents").size()).isZero();
        assertThat(then.path("calls").size()).isEqualTo(3);

        JsonNode now = h.api.get("/api/v1/audit/state?at=2027-01-15T08:01:00Z", auditor).body();
        assertThat(now.path("incidents").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(now.path("stateHash").asText()).isEqualTo(h.runtime.read(c -> c.stateHash()).join());
        assertThat(h.api.get("/api/v1/audit/state?at=yesterday", auditor).status()).isEqualTo(400);
        assertThat(h.api.get("/api/v1/audit/state", auditor).status()).isEqualTo(400);
    }

    @Test
    void auditTimelineOfAnIncident() {
        long id = open("THEFT");
        h.api.post("/api/v1/incidents/" + id + "/assignments", token, "{\"unitId\":\"P-1\"}");
        String auditor = h.api.login("auditor");

        JsonNode timeline = h.api.get("/api/v1/audit/incidents/" + id + "/timeline", auditor).body();

        assertThat(timeline.findValuesAsText("@type")).contains("OpenIncident", "IncidentOpened", "AssignUnit",
                "UnitAssigned");
        assertThat(timeline.get(0).path("actor").asText()).isEqualTo("user:supervisor");
        assertThat(h.api.get("/api/v1/audit/incidents/99/timeline", auditor).status()).isEqualTo(404);
    }
}
