package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.interop.eido.EidoSchema;
import org.sanhe.server.assembly.ServerAssembly;

/**
 * NENA EIDO on the demo itself (its rules, its synthetic fleet, its users, over HTTP on the whole server): an incident
 * with one call, one with several linked calls, a multi-agency one closed after its units were released, and a closed
 * one each export as an EIDO that NENA's schema accepts and that names only the schema's keys; the closed
 * multi-agency incident names every unit it had.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEidoExportTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor PBX = Actor.system("pbx");

    ServerAssembly server;
    String base;
    String dispatcher;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = DemoServer.in(dir).start();
        base = DemoServer.base(server);
        dispatcher = DemoServer.signIn(base, "dispatcher");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDemosIncidentsExportAsValidEidosAndAClosedMultiAgencyOneNamesEveryUnitItHad() throws Exception {
        offerAndAnswer("D-1", "110", "13800000001");
        offerAndAnswer("D-2", "122", "13800000002");
        offerAndAnswer("D-3", "119", "13800000003");
        long oneCall = open("THEFT", ",\"callId\":\"D-1\",\"notes\":\"bag taken\"");
        long linked = open("COLLISION_INJURY", ",\"callId\":\"D-2\"");
        send("POST", "/api/v1/incidents/" + linked + "/calls", "{\"callId\":\"D-3\"}", 200);
        long fire = open("BUILDING_FIRE", ",\"notes\":\"smoke\"");
        List<String> fireUnits = available("fire", 2);
        List<String> sent = List.of(fireUnits.get(0), fireUnits.get(1), available("police", 1).get(0));
        for (String unit : sent) {
            send("POST", "/api/v1/incidents/" + fire + "/assignments", "{\"unitId\":\"" + unit + "\"}", 201);
        }
        send("POST", "/api/v1/units/" + sent.get(0) + "/status", "{\"status\":\"en-route\"}", 200);
        send("POST", "/api/v1/incidents/" + fire + "/assignments/" + sent.get(2) + "/release",
                "{\"reason\":\"not needed\"}", 200);
        send("POST", "/api/v1/incidents/" + fire + "/close", "{\"disposition\":\"resolved\"}", 200);
        long closed = open("ROBBERY", "");
        send("POST", "/api/v1/incidents/" + closed + "/close", "{\"disposition\":\"cancelled\",\"note\":\"hoax\"}",
                200);

        assertThat(export(oneCall).path("callComponent")).hasSize(1);
        assertThat(export(linked).path("callComponent")).hasSize(2);
        JsonNode multi = export(fire);
        assertThat(multi.path("incidentComponent").path("incidentStatusCommonRegistryText").path(0).asText())
                .isEqualTo("Closed");
        assertThat(multi.path("emergencyResourceComponent").findValuesAsText("$id")).containsExactlyElementsOf(
                sent.stream().map(u -> "urn:emergency:uid:unitid:" + u + ":" + centreId(multi)).toList());
        assertThat(multi.path("emergencyResourceComponent").findValuesAsText("primaryUnitStatusRegistryText"))
                .containsExactly("Enroute", "Dispatched", "Dispatched");
        assertThat(multi.path("dispatchComponent")).hasSize(3);
        assertThat(multi.path("agencyComponent").findValuesAsText("$id")).contains("fire." + centreId(multi),
                "police." + centreId(multi));
        assertThat(export(closed).path("notesComponent")).hasSize(1);
    }

    private void offerAndAnswer(String callId, String line, String caller) throws Exception {
        submit(PBX, new OfferCall(callId, line, caller, "ch-" + callId, null));
        submit(PBX, new AnswerCall(callId, "calltaker", "PJSIP/1001"));
    }

    private void submit(Actor actor, Command command) throws Exception {
        Outcome outcome = server.runtime().submit(actor, command).get(10, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).as("%s", outcome.rejection()).isTrue();
    }

    private long open(String type, String extra) throws Exception {
        return send("POST", "/api/v1/incidents", "{\"type\":\"" + type
                + "\",\"location\":{\"lat\":34.2611,\"lon\":108.9423}" + extra + "}", 201).path("id").asLong();
    }

    /** The first {@code count} available units of the agency in the demo fleet. */
    private List<String> available(String agency, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode unit : send("GET", "/api/v1/units", null, 200)) {
            if (unit.path("agency").asText().equals(agency) && unit.path("status").asText().equals("available")
                    && ids.size() < count) {
                ids.add(unit.path("id").asText());
            }
        }
        assertThat(ids).as("available %s units in the demo fleet", agency).hasSize(count);
        return ids;
    }

    private JsonNode export(long id) throws Exception {
        JsonNode doc = send("GET", "/api/v1/incidents/" + id + "/eido", null, 200);
        assertThat(EidoSchema.problems(doc)).as(doc.toPrettyString()).isEmpty();
        assertThat(EidoSchema.unnamedKeys(doc)).as(doc.toPrettyString()).isEmpty();
        return doc;
    }

    private static String centreId(JsonNode doc) {
        return doc.path("issuingElementIdentification").asText();
    }

    private JsonNode send(String method, String path, String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + dispatcher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
