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
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.journal.JournalEntry;

class IncidentApiTest {

    /** Fixtures.CENTRE, in the middle of Xi'an. */
    static final String AT_CENTRE = "{\"lat\":34.2610,\"lon\":108.9420}";

    @TempDir
    Path dir;
    ConsoleHarness h;
    String callTaker;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        callTaker = h.api.login("call-taker");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private ApiClient.Reply open(String type, String location, String extra) {
        return h.api.post("/api/v1/incidents", callTaker,
                "{\"type\":\"" + type + "\",\"location\":" + location + extra + "}");
    }

    @Test
    void openingAnIncidentFindsItsDistrictAndJournalsTheUser() {
        ApiClient.Reply reply = open("THEFT", AT_CENTRE,
                ",\"address\":\"钟楼\",\"notes\":\"bag\",\"callId\":\"C-110\"");

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode incident = reply.body();
        long id = incident.path("id").asLong();
        String district = XianGis.DISTRICTS.codeAt(Fixtures.CENTRE);
        assertThat(district).isNotNull();
        assertThat(incident.path("district").asText()).isEqualTo(district);
        assertThat(incident.path("districtName").asText()).isNotBlank();
        assertThat(incident.path("priority").asInt()).isEqualTo(3);
        assertThat(incident.path("status").asText()).isEqualTo("open");
        assertThat(incident.path("callIds").toString()).isEqualTo("[\"C-110\"]");
        assertThat(incident.path("coverage").path("complete").asBoolean()).isFalse();
        assertThat(incident.path("duplicates").isArray()).isTrue();
        assertThat(reply.response().headers().firstValue("Location")).hasValue("/api/v1/incidents/" + id);

        List<JournalEntry> entries = new ArrayList<>();
        try (AuditReader audit = AuditReader.open(h.journal)) {
            audit.entries(0, Long.MAX_VALUE, entries::add);
        }
        JournalEntry last = entries.get(entries.size() - 1);
        assertThat(last.actor().toString()).isEqualTo("user:call-taker");
        assertThat(((OpenIncident) last.command()).district()).isEqualTo(district);
    }

    @Test
    void aSecondReportNearbyProposesTheFirstAsDuplicate() {
        long first = open("THEFT", AT_CENTRE, "").body().path("id").asLong();

        ApiClient.Reply second = open("THEFT", "{\"lat\":34.2620,\"lon\":108.9420}", "");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("duplicates").get(0).path("incidentId").asLong()).isEqualTo(first);
    }

    @Test
    void aCallersSecondCallCanAskForItsCandidatesLater() {
        long first = open("THEFT", AT_CENTRE, ",\"callId\":\"C-122\"").body().path("id").asLong();
        h.submit(ConsoleHarness.PBX, new OfferCall("C-again", "122", "13800000002", "ch-9", null));

        ApiClient.Reply reply = h.api.get("/api/v1/calls/C-again/duplicates", callTaker);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body().get(0).path("incidentId").asLong()).isEqualTo(first);
        assertThat(reply.body().get(0).path("callerPart").asDouble()).as("the same caller").isPositive();
        assertThat(reply.body().get(0).path("score").asDouble()).isPositive();
        assertThat(h.api.get("/api/v1/calls/C-119/duplicates", callTaker).body()).as("no caller, no location")
                .isEmpty();
        ApiClient.Reply unknown = h.api.get("/api/v1/calls/C-none/duplicates", callTaker);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("error").asText()).isEqualTo("UNKNOWN_CALL");
    }

    @Test
    void outsideTheServiceAreaTheDistrictIsNull() {
        ApiClient.Reply reply = open("THEFT", "{\"lat\":39.9,\"lon\":116.4}", "");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("district").isNull()).isTrue();
    }

    @Test
    void listsOpenAndAllAndReadsOneWithCoverage() {
        long a = open("THEFT", AT_CENTRE, "").body().path("id").asLong();
        long b = open("BUILDING_FIRE", AT_CENTRE, "").body().path("id").asLong();
        assertThat(h.api.post("/api/v1/incidents/" + a + "/close", callTaker, "{\"disposition\":\"false-alarm\"}")
                .status()).isEqualTo(200);

        assertThat(ids(h.api.get("/api/v1/incidents", callTaker))).containsExactly(b);
        assertThat(ids(h.api.get("/api/v1/incidents?status=open", callTaker))).containsExactly(b);
        assertThat(ids(h.api.get("/api/v1/incidents?status=all", callTaker))).containsExactly(a, b);
        assertThat(h.api.get("/api/v1/incidents?status=some", callTaker).status()).isEqualTo(400);

        JsonNode fire = h.api.get("/api/v1/incidents/" + b, callTaker).body();
        assertThat(fire.path("coverage").path("needs").get(0).path("agency").asText()).isEqualTo("fire");
        assertThat(fire.path("coverage").path("needs").get(0).path("required").asInt()).isEqualTo(2);
        assertThat(h.api.get("/api/v1/incidents/999", callTaker).status()).isEqualTo(404);
    }

    @Test
    void changeLinkAndClose() {
        long id = open("THEFT", AT_CENTRE, "").body().path("id").asLong();

        ApiClient.Reply changed = h.api.patch("/api/v1/incidents/" + id, callTaker,
                "{\"priority\":1,\"note\":\"armed\",\"location\":{\"lat\":34.25,\"lon\":108.95}}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().path("priority").asInt()).isEqualTo(1);
        assertThat(changed.body().path("notes").get(0).path("text").asText()).isEqualTo("armed");
        assertThat(changed.body().path("district").asText())
                .isEqualTo(XianGis.DISTRICTS.codeAt(new org.sanhe.dispatch.domain.geo.GeoPoint(34.25, 108.95)));
        assertThat(h.api.patch("/api/v1/incidents/" + id, callTaker, "{}").status()).isEqualTo(400);

        ApiClient.Reply linked = h.api.post("/api/v1/incidents/" + id + "/calls", callTaker, "{\"callId\":\"C-122\"}");
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.body().path("callIds").toString()).contains("C-122");
        ApiClient.Reply again = h.api.post("/api/v1/incidents/" + id + "/calls", callTaker, "{\"callId\":\"C-122\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(h.api.post("/api/v1/incidents/" + id + "/calls", callTaker, "{\"callId\":\"C-0\"}").status())
                .isEqualTo(404);

        ApiClient.Reply closed = h.api.post("/api/v1/incidents/" + id + "/close", callTaker,
                "{\"disposition\":\"RESOLVED\",\"note\":\"done\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("status").asText()).isEqualTo("closed");
        assertThat(closed.body().path("disposition").asText()).isEqualTo("resolved");

        ApiClient.Reply twice = h.api.post("/api/v1/incidents/" + id + "/close", callTaker,
                "{\"disposition\":\"resolved\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.error()).isEqualTo("INCIDENT_CLOSED");
        ApiClient.Reply badDisposition = h.api.post("/api/v1/incidents/" + id + "/close", callTaker,
                "{\"disposition\":\"maybe\"}");
        assertThat(badDisposition.status()).isEqualTo(400);
        assertThat(badDisposition.body().path("field").asText()).isEqualTo("disposition");
    }

    @Test
    void incidentTypesComeFromTheRulesInForce() {
        JsonNode types = h.api.get("/api/v1/incident-types", callTaker).body();
        assertThat(types.size()).isEqualTo(Fixtures.rules().types().size());
        JsonNode fire = types.findParents("code").stream()
                .filter(t -> t.path("code").asText().equals("HIGH_RISE_FIRE")).findFirst().orElseThrow();
        assertThat(fire.path("defaultPriority").asInt()).isEqualTo(1);
        assertThat(fire.path("names").path("en").asText()).isEqualTo("HIGH_RISE_FIRE");
        assertThat(fire.path("lines").toString()).isEqualTo("[\"119\"]");
        assertThat(fire.path("plan").get(1).path("capabilities").toString()).isEqualTo("[\"ladder\"]");
    }

    static List<Long> ids(ApiClient.Reply reply) {
        List<Long> ids = new ArrayList<>();
        reply.body().forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }
}
