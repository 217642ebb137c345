package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitApiTest {

    @TempDir
    Path dir;
    ConsoleHarness h;
    String dispatcher;
    long incident;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        dispatcher = h.api.login("dispatcher");
        incident = h.api.post("/api/v1/incidents", dispatcher,
                "{\"type\":\"THEFT\",\"location\":" + IncidentApiTest.AT_CENTRE + "}").body().path("id").asLong();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void listsTheRoster() {
        JsonNode units = h.api.get("/api/v1/units", dispatcher).body();
        assertThat(units.findValuesAsText("id")).containsExactly("P-1", "P-2", "T-1", "F-1");
        assertThat(units.get(0).path("status").asText()).isEqualTo("available");
        assertThat(units.get(0).path("position").path("lat").asDouble()).isEqualTo(34.2610);
    }

    @Test
    void assignsAnAvailableUnitAndRefusesABusyOne() {
        ApiClient.Reply assigned = h.api.post("/api/v1/incidents/" + incident + "/assignments", dispatcher,
                "{\"unitId\":\"P-1\"}");
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        assertThat(assigned.body().path("unitId").asText()).isEqualTo("P-1");

        ApiClient.Reply busy = h.api.post("/api/v1/incidents/" + incident + "/assignments", dispatcher,
                "{\"unitId\":\"P-1\"}");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.error()).isEqualTo("UNIT_NOT_AVAILABLE");
        assertThat(busy.body().path("message").asText()).isNotBlank();

        assertThat(h.api.post("/api/v1/incidents/" + incident + "/assignments", dispatcher, "{\"unitId\":\"X\"}")
                .status()).isEqualTo(404);
        assertThat(h.api.post("/api/v1/incidents/77/assignments", dispatcher, "{\"unitId\":\"P-2\"}").status())
                .isEqualTo(404);
        JsonNode detail = h.api.get("/api/v1/incidents/" + incident, dispatcher).body();
        assertThat(detail.path("unitIds").toString()).isEqualTo("[\"P-1\"]");
        assertThat(detail.path("coverage").path("complete").asBoolean()).isTrue();
    }

    @Test
    void statusChangesFollowTheUnitsTransitions() {
        h.api.post("/api/v1/incidents/" + incident + "/assignments", dispatcher, "{\"unitId\":\"P-1\"}");

        ApiClient.Reply enRoute = h.api.post("/api/v1/units/P-1/status", dispatcher, "{\"status\":\"en-route\"}");
        assertThat(enRoute.status()).as(enRoute.text()).isEqualTo(200);
        assertThat(enRoute.body().path("status").asText()).isEqualTo("en-route");

        ApiClient.Reply invalid = h.api.post("/api/v1/units/P-2/status", dispatcher, "{\"status\":\"on-scene\"}");
        assertThat(invalid.status()).isEqualTo(409);
        assertThat(invalid.error()).isEqualTo("INVALID_TRANSITION");

        ApiClient.Reply unknown = h.api.post("/api/v1/units/P-2/status", dispatcher, "{\"status\":\"flying\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asText()).isEqualTo("status");
        assertThat(h.api.post("/api/v1/units/NOPE/status", dispatcher, "{\"status\":\"available\"}").status())
                .isEqualTo(404);
    }

    @Test
    void positionReports() {
        ApiClient.Reply moved = h.api.post("/api/v1/units/T-1/position", dispatcher, "{\"lat\":34.3,\"lon\":108.9}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.body().path("position").path("lat").asDouble()).isEqualTo(34.3);

        ApiClient.Reply bad = h.api.post("/api/v1/units/T-1/position", dispatcher, "{\"lat\":34.3,\"lon\":181}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("lon");
    }
}
