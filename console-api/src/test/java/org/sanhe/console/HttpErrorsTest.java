package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpErrorsTest {

    ConsoleHarness h;
    String token;

    @BeforeAll
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
        token = h.api.login("supervisor");
    }

    @AfterAll
    void stop() {
        h.close();
    }

    @Test
    void unknownPathIs404Json() {
        ApiClient.Reply reply = h.api.get("/api/v1/nothing-here", token);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("NOT_FOUND");
        assertThat(reply.body().path("message").asText()).isNotBlank();
    }

    @Test
    void wrongMethodIs405() {
        ApiClient.Reply reply = h.api.send("DELETE", "/api/v1/incidents", token, null);
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.error()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void bodyOver64KibIs413() {
        String big = "{\"type\":\"THEFT\",\"notes\":\"" + "x".repeat(70_000) + "\"}";
        ApiClient.Reply reply = h.api.post("/api/v1/incidents", token, big);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(h.api.get("/api/v1/units", token).status()).as("the connection is still usable").isEqualTo(200);
    }

    @Test
    void otherMediaTypesAre415() {
        ApiClient.Reply reply = h.api.send("POST", "/api/v1/incidents", token, "type=THEFT",
                "application/x-www-form-urlencoded");
        assertThat(reply.status()).isEqualTo(415);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json|{|MALFORMED_JSON|",
        "an array|[1]|MALFORMED_JSON|",
        "trailing garbage|{} x|MALFORMED_JSON|",
        "missing type|{\"location\":{\"lat\":34.26,\"lon\":108.94}}|INVALID_FIELD|type",
        "type not a string|{\"type\":5,\"location\":{\"lat\":34.26,\"lon\":108.94}}|INVALID_FIELD|type",
        "missing location|{\"type\":\"THEFT\"}|INVALID_FIELD|location",
        "latitude out of range|{\"type\":\"THEFT\",\"location\":{\"lat\":91,\"lon\":108.94}}"
                + "|INVALID_FIELD|location.lat",
        "longitude not a number|{\"type\":\"THEFT\",\"location\":{\"lat\":34,\"lon\":\"e\"}}"
                + "|INVALID_FIELD|location.lon",
        "priority out of range|{\"type\":\"THEFT\",\"priority\":9,\"location\":{\"lat\":34.26,\"lon\":108.94}}"
                + "|INVALID_FIELD|priority",
        "unknown type|{\"type\":\"ALIENS\",\"location\":{\"lat\":34.26,\"lon\":108.94}}|UNKNOWN_INCIDENT_TYPE|",
    })
    void invalidIncidentsAre400WithTheField(String what, String body, String error, String field) {
        ApiClient.Reply reply = h.api.post("/api/v1/incidents", token, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo(error);
        if (field != null) {
            assertThat(reply.body().path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void edgeRejectionsJournalNothing() {
        long before = h.lastSequence();
        h.api.post("/api/v1/incidents", token, "{\"type\":\"THEFT\",\"location\":{\"lat\":91,\"lon\":1}}");
        h.api.post("/api/v1/units/P-1/status", token, "{\"status\":\"flying\"}");
        h.api.post("/api/v1/incidents/1/close", token, "{\"disposition\":\"maybe\"}");
        assertThat(h.lastSequence()).isEqualTo(before);
    }

    @Test
    void nonNumericIdsAreUnknown() {
        ApiClient.Reply reply = h.api.get("/api/v1/incidents/abc", token);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("UNKNOWN_INCIDENT");
    }
}
