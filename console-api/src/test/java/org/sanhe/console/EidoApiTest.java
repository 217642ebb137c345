package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.interop.eido.EidoSchema;
import org.sanhe.interop.eido.EidoSettings;

/**
 * NENA EIDO end to end, on real servers: the demo's incidents export as EIDOs that NENA's schema accepts and that
 * name only its keys; an export imported on a second server gives the same incident; NENA's own sample imports;
 * what is not an EIDO is a 400 with its code; the journal replays to the same state.
 */
class EidoApiTest {

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;
    ConsoleHarness a;
    ConsoleHarness b;

    @BeforeEach
    void start() {
        a = new ConsoleHarness(dirA);
        b = new ConsoleHarness(dirB, new EidoSettings("b.sanhe.test", Map.of(), "THEFT", Fixtures.CENTRE));
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    /** Opens an incident on {@code h} as the call-taker; its id. */
    private static long open(ConsoleHarness h, String type, String extra) {
        ApiClient.Reply reply = h.api.post("/api/v1/incidents", h.api.login("call-taker"),
                "{\"type\":\"" + type + "\",\"location\":{\"lat\":34.2615,\"lon\":108.9431}" + extra + "}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.body().path("id").asLong();
    }

    private static JsonNode export(ConsoleHarness h, long id) {
        ApiClient.Reply reply = h.api.get("/api/v1/incidents/" + id + "/eido", h.api.login("dispatcher"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.response().headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"incident-" + id + ".eido.json\"");
        JsonNode doc = reply.body();
        assertThat(EidoSchema.problems(doc)).as(doc.toPrettyString()).isEmpty();
        assertThat(EidoSchema.unnamedKeys(doc)).as(doc.toPrettyString()).isEmpty();
        return doc;
    }

    @Test
    void theDemoFlowsExportAsValidEidosNamingOnlyTheSchemasKeys() {
        a.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", "PJSIP/101"));
        long oneCall = open(a, "THEFT", ",\"address\":\"钟楼\",\"notes\":\"bag taken\",\"callId\":\"C-110\"");
        long linked = open(a, "COLLISION_INJURY", ",\"callId\":\"C-122\"");
        String dispatcher = a.api.login("dispatcher");
        assertThat(a.api.post("/api/v1/incidents/" + linked + "/calls", dispatcher, "{\"callId\":\"C-119\"}")
                .status()).isEqualTo(200);
        long fire = open(a, "BUILDING_FIRE", "");
        a.submit(Actor.user("dispatcher"), new AssignUnit(fire, "F-1"));
        a.submit(Actor.user("dispatcher"), new AssignUnit(fire, "P-1"));
        long closed = open(a, "ROBBERY", ",\"notes\":\"suspect left\"");
        assertThat(a.api.post("/api/v1/incidents/" + closed + "/close", dispatcher,
                "{\"disposition\":\"resolved\",\"note\":\"nobody found\"}").status()).isEqualTo(200);

        JsonNode one = export(a, oneCall);
        assertThat(one.path("$id").asText()).isEqualTo("urn:emergency:uid:incidentid:" + oneCall + ":a.sanhe.test");
        assertThat(one.path("callComponent")).hasSize(1);
        assertThat(one.path("callComponent").path(0).path("answerDate").isTextual()).isTrue();
        assertThat(one.path("agentComponent").findValuesAsText("$id")).contains("call-taker@a.sanhe.test");
        assertThat(export(a, linked).path("callComponent")).hasSize(2);
        JsonNode multi = export(a, fire);
        assertThat(multi.path("emergencyResourceComponent")).hasSize(2);
        assertThat(multi.path("dispatchComponent")).hasSize(2);
        assertThat(multi.path("agencyComponent").findValuesAsText("$id")).containsExactly("a.sanhe.test",
                "fire.a.sanhe.test", "police.a.sanhe.test");
        JsonNode done = export(a, closed);
        assertThat(done.path("incidentComponent").path("incidentStatusCommonRegistryText").path(0).asText())
                .isEqualTo("Closed");
        assertThat(done.path("incidentComponent").path("dispositionComponent").path(0)
                .path("dispositionCommonRegistryCode").asText()).isEqualTo("RESOLVED");
        assertThat(done.path("notesComponent")).hasSize(2);
        assertThat(export(a, fire).toString()).isEqualTo(multi.toString());

        assertThat(a.api.get("/api/v1/incidents/" + oneCall + "/eido", a.api.login("call-taker")).status())
                .isEqualTo(403);
        assertThat(a.api.get("/api/v1/incidents/999/eido", dispatcher).error()).isEqualTo("UNKNOWN_INCIDENT");
    }

    @Test
    void aClosedMultiAgencyIncidentStillNamesEveryUnitItHadAndImportsOnASecondServer() {
        String dispatcher = a.api.login("dispatcher");
        long id = open(a, "BUILDING_FIRE", ",\"address\":\"钟楼\",\"notes\":\"smoke on the roof\"");
        String base = "/api/v1/incidents/" + id;
        for (String unit : List.of("F-1", "P-1", "T-1")) {
            ApiClient.Reply sent = a.api.post(base + "/assignments", dispatcher, "{\"unitId\":\"" + unit + "\"}");
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        }
        assertThat(a.api.post("/api/v1/units/F-1/status", dispatcher, "{\"status\":\"en-route\"}").status())
                .isEqualTo(200);
        assertThat(a.api.post("/api/v1/units/F-1/status", dispatcher, "{\"status\":\"on-scene\"}").status())
                .isEqualTo(200);
        assertThat(a.api.post(base + "/assignments/T-1/release", dispatcher, "{\"reason\":\"not needed\"}")
                .status()).isEqualTo(200);
        assertThat(a.api.post(base + "/close", dispatcher, "{\"disposition\":\"resolved\",\"note\":\"out\"}")
                .status()).isEqualTo(200);

        JsonNode incident = a.api.get(base, dispatcher).body();
        assertThat(incident.path("unitIds")).isEmpty();
        assertThat(incident.path("responders").findValuesAsText("unitId")).containsExactly("F-1", "P-1", "T-1");
        assertThat(incident.path("responders").findValuesAsText("status")).containsExactly("on-scene", "dispatched",
                "dispatched");
        assertThat(incident.path("responders").findValues("releasedAt")).allMatch(JsonNode::isTextual);
        JsonNode doc = export(a, id);
        assertThat(doc.path("emergencyResourceComponent").findValuesAsText("$id")).containsExactly(
                "urn:emergency:uid:unitid:F-1:a.sanhe.test", "urn:emergency:uid:unitid:P-1:a.sanhe.test",
                "urn:emergency:uid:unitid:T-1:a.sanhe.test");
        assertThat(doc.path("emergencyResourceComponent").findValuesAsText("primaryUnitStatusRegistryText"))
                .containsExactly("On Scene", "Dispatched", "Dispatched");
        assertThat(doc.path("emergencyResourceComponent").findValues("unitStatusInternal"))
                .allMatch(s -> s.toString().endsWith(",\"RELEASED\"]"));
        assertThat(doc.path("emergencyResourceComponent").path(0).path("lastUpdateTimeStamp").asText())
                .isEqualTo(incident.path("responders").path(0).path("releasedAt").asText());
        assertThat(doc.path("dispatchComponent").findValues("agencyReference").stream()
                .map(r -> r.path("$ref").asText())).containsExactly("fire.a.sanhe.test", "police.a.sanhe.test",
                "traffic.a.sanhe.test");

        ApiClient.Reply imported = b.api.post("/api/v1/incidents/eido", b.api.login("supervisor"), doc.toString());
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode got = imported.body().path("incident");
        assertThat(got.path("type").asText()).isEqualTo("BUILDING_FIRE");
        assertThat(got.path("location")).isEqualTo(incident.path("location"));
        assertThat(got.path("notes").findValuesAsText("text")).containsExactly("smoke on the roof", "out");
    }

    @Test
    void anExportImportedOnASecondServerGivesTheSameIncidentAndTheSameIdUpdatesIt() {
        a.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", null));
        long id = open(a, "ROBBERY", ",\"address\":\"钟楼 & 鼓楼\",\"notes\":\"two men <armed>\",\"callId\":\"C-110\"");
        String dispatcher = a.api.login("dispatcher");
        a.api.post("/api/v1/incidents/" + id + "/calls", dispatcher, "{\"callId\":\"C-122\"}");
        JsonNode sent = export(a, id);
        JsonNode original = a.api.get("/api/v1/incidents/" + id, dispatcher).body();

        String supervisor = b.api.login("supervisor");
        ApiClient.Reply first = b.api.post("/api/v1/incidents/eido", supervisor, sent.toString());
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.body().path("opened").asBoolean()).isTrue();
        JsonNode got = first.body().path("incident");
        assertThat(got.path("type").asText()).isEqualTo("ROBBERY");
        assertThat(got.path("priority").asInt()).isEqualTo(original.path("priority").asInt());
        assertThat(got.path("location")).isEqualTo(original.path("location"));
        assertThat(got.path("district")).isEqualTo(original.path("district"));
        assertThat(got.path("address").asText()).isEqualTo("钟楼 & 鼓楼");
        assertThat(got.path("source").path("documentId").asText()).isEqualTo(sent.path("$id").asText());
        assertThat(got.path("source").path("issuer").asText()).isEqualTo("a.sanhe.test");
        assertThat(got.path("source").path("incidentId").asText()).isEqualTo(Long.toString(id));
        assertThat(got.path("callIds")).isEmpty();
        assertThat(got.path("reportedCalls").findValuesAsText("caller")).containsExactly("13800000001",
                "13800000002");
        assertThat(got.path("reportedCalls").findValuesAsText("line")).containsExactly("110", "122");
        assertThat(got.path("reportedCalls").path(0).path("answeredBy").asText())
                .isEqualTo("call-taker@a.sanhe.test");
        assertThat(got.path("notes").findValuesAsText("text")).containsExactly("two men <armed>");
        assertThat(got.path("notes").path(0).path("at")).isEqualTo(original.path("notes").path(0).path("at"));

        a.api.post("/api/v1/incidents/" + id + "/notes", dispatcher, "{\"text\":\"now three\"}");
        ApiClient.Reply again = b.api.post("/api/v1/incidents/eido", supervisor, export(a, id).toString());
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.body().path("opened").asBoolean()).isFalse();
        assertThat(again.body().path("incident").path("id").asLong()).isEqualTo(got.path("id").asLong());
        assertThat(again.body().path("incident").path("notes").findValuesAsText("text"))
                .containsExactly("two men <armed>", "now three");
        assertThat(b.api.post("/api/v1/incidents/eido", supervisor, export(a, id).toString())
                .body().path("incident").path("notes")).hasSize(2);

        JsonNode timeline = b.api.get("/api/v1/audit/incidents/" + got.path("id").asLong() + "/timeline",
                b.api.login("auditor")).body();
        assertThat(timeline.findValuesAsText("@type")).as("the auditor sees each import that touched it")
                .containsSubsequence("ImportIncident", "IncidentImported", "ImportIncident", "IncidentImported");

        JsonNode reExported = export(b, got.path("id").asLong());
        assertThat(reExported.path("callComponent").findValuesAsText("$id")).containsExactlyElementsOf(
                sent.path("callComponent").findValuesAsText("$id"));
        assertThat(replayedHash(b)).isEqualTo(b.runtime.read(c -> c.stateHash()).join());
    }

    @Test
    void nenasSampleImportsFromAPartnerAndWhatIsNotAnEidoIsA400() throws IOException {
        b.definePartner("pa-psap");
        String partner = b.api.login("pa-psap");
        ApiClient.Reply reply = b.api.post("/api/v1/incidents/eido", partner, nenaSample());
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.body().path("locationFallback").asBoolean()).isTrue();
        assertThat(reply.body().path("sourceType").isNull()).isTrue();
        JsonNode incident = reply.body().path("incident");
        assertThat(incident.path("type").asText()).isEqualTo("THEFT");
        assertThat(incident.path("address").asText()).isEqualTo("42, W, Cellular, Street, Wilmington, DE, US");
        assertThat(incident.path("source").path("agency").asText()).isEqualTo("state.pa.us");
        assertThat(incident.path("reportedCalls").path(0).path("caller").asText()).isEqualTo("sip:8195551212@osp.com");
        assertThat(b.api.get("/api/v1/incidents", partner).status()).isEqualTo(403);

        List<String> codes = new ArrayList<>();
        for (String body : List.of("{\"eidoVersion\":\"1.0\"}", "[]", "{broken")) {
            ApiClient.Reply bad = b.api.post("/api/v1/incidents/eido", partner, body);
            assertThat(bad.status()).as(bad.text()).isEqualTo(400);
            codes.add(bad.error());
        }
        assertThat(codes).containsExactly("EIDO_INVALID", "MALFORMED_JSON", "MALFORMED_JSON");
        assertThat(b.api.post("/api/v1/incidents/eido", partner, "{\"eidoVersion\":\"1.0\"}").body()
                .path("message").asText()).contains("issuingElementIdentification");
        assertThat(b.api.send("POST", "/api/v1/incidents/eido", partner, nenaSample(), "text/plain").status())
                .isEqualTo(415);
        assertThat(a.api.post("/api/v1/incidents/eido", a.api.login("dispatcher"), nenaSample()).status())
                .isEqualTo(403);
    }

    private static String nenaSample() throws IOException {
        try (InputStream in = EidoApiTest.class.getClassLoader()
                .getResourceAsStream("org/sanhe/interop/eido/nena/Samples/sample-call-transfer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String replayedHash(ConsoleHarness h) {
        try (AuditReader reader = AuditReader.open(h.journal)) {
            return reader.replay(entry -> true).centre().stateHash();
        }
    }
}
