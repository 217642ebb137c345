package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.runtime.journal.JournalEntry;
import org.sanhe.dispatch.runtime.journal.JournalReader;

/**
 * The centre's stations, units and users kept through the API by a supervisor: every change journaled with its
 * actor, followed at once by the map, the first-due areas and the recommender, and bad input refused with a clear
 * error.
 */
class FleetApiTest {

    /** Far north of the harness's units, so that a unit placed here is the only one near. */
    static final String NORTH = "{\"lat\":34.3400,\"lon\":108.9400}";
    static final GeometryFactory FACTORY = new GeometryFactory();

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

    @Test
    void aStationOpensWithItsDistrictAndMovesWithItsFirstDueArea() {
        ApiClient.Reply opened = h.api.post("/api/v1/stations", token,
                "{\"id\":\"FS-90\",\"name\":\"North Fire\",\"agency\":\"fire\",\"position\":" + NORTH + "}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        assertThat(opened.body().path("district").asText()).isEqualTo("610112");
        awaitTrue(() -> firstDue("fire", NORTH).equals("FS-90"));

        ApiClient.Reply moved = h.api.patch("/api/v1/stations/FS-90", token,
                "{\"position\":{\"lat\":34.05,\"lon\":108.60}}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.body().path("position").path("lat").asDouble()).isEqualTo(34.05);
        awaitTrue(() -> !firstDue("fire", NORTH).equals("FS-90"));

        assertThat(h.api.get("/api/v1/stations", token).body().findValuesAsText("id")).contains("FS-90", "PS-01");
        JournalEntry change = lastJournaled(ChangeStation.class);
        assertThat(change.actor()).isEqualTo(Actor.user("supervisor"));
        assertThat(((ChangeStation) change.command()).district()).isNotEqualTo("610112");
    }

    @Test
    void aRegisteredUnitIsRecommendableAtOnceAndRetiresOnlyWhenFree() {
        h.api.post("/api/v1/stations", token, "{\"id\":\"PS-90\",\"agency\":\"police\",\"position\":" + NORTH + "}");
        ApiClient.Reply unit = h.api.post("/api/v1/units", token, "{\"id\":\"P-90\",\"callSign\":\"Patrol 90\","
                + "\"agency\":\"police\",\"capabilities\":[\"patrol\"],\"station\":\"PS-90\"}");
        assertThat(unit.status()).as(unit.text()).isEqualTo(201);
        assertThat(unit.body().path("status").asText()).isEqualTo("available");
        assertThat(unit.body().path("position").path("lat").asDouble()).isEqualTo(34.34);

        long incident = h.api.post("/api/v1/incidents", token, "{\"type\":\"THEFT\",\"location\":" + NORTH + "}")
                .body().path("id").asLong();
        awaitTrue(() -> firstPicked(incident).equals("P-90"));

        h.api.post("/api/v1/incidents/" + incident + "/assignments", token, "{\"unitId\":\"P-90\"}");
        assertError(h.api.send("DELETE", "/api/v1/units/P-90", token, null), 409, "UNIT_ASSIGNED");
        assertError(h.api.send("DELETE", "/api/v1/stations/PS-90", token, null), 409, "STATION_HAS_UNITS");
        assertError(h.api.patch("/api/v1/units/P-90", token, "{\"capabilities\":[\"swat\"]}"), 409,
                "UNIT_ASSIGNED");
        assertThat(h.api.patch("/api/v1/units/P-90", token, "{\"callSign\":\"Patrol Ninety\"}").body()
                .path("callSign").asText()).isEqualTo("Patrol Ninety");

        h.api.post("/api/v1/incidents/" + incident + "/close", token, "{\"disposition\":\"resolved\"}");
        assertThat(h.api.send("DELETE", "/api/v1/units/P-90", token, null).status()).isEqualTo(204);
        assertThat(h.api.get("/api/v1/units", token).body().findValuesAsText("id")).doesNotContain("P-90");
        assertThat(h.api.send("DELETE", "/api/v1/stations/PS-90", token, null).status()).isEqualTo(204);
        awaitTrue(() -> !h.api.get("/api/v1/layers/stations", token).text().contains("PS-90"));
    }

    @Test
    void badFleetInputIsRefusedWithTheFieldOrTheRule() {
        assertError(h.api.post("/api/v1/stations", token, "{\"id\":\"S 1/2\",\"agency\":\"fire\",\"position\":"
                + NORTH + "}"), 400, "INVALID_FIELD");
        assertError(h.api.post("/api/v1/stations", token, "{\"id\":\"S1\",\"agency\":\"fire\"}"), 400,
                "INVALID_FIELD");
        assertError(h.api.post("/api/v1/stations", token, "{\"id\":\"S1\",\"agency\":\"coastguard\",\"position\":"
                + NORTH + "}"), 400, "UNKNOWN_AGENCY");
        assertError(h.api.post("/api/v1/stations", token, "{\"id\":\"PS-01\",\"agency\":\"police\",\"position\":"
                + NORTH + "}"), 409, "STATION_ALREADY_REGISTERED");
        assertError(h.api.patch("/api/v1/stations/NOPE", token, "{\"name\":\"x\"}"), 404, "UNKNOWN_STATION");
        assertError(h.api.post("/api/v1/units", token, "{\"id\":\"U1\",\"agency\":\"police\",\"station\":\"NOPE\"}"),
                404, "UNKNOWN_STATION");
        assertError(h.api.post("/api/v1/units", token, "{\"id\":\"P-1\",\"agency\":\"police\"}"), 409,
                "UNIT_ALREADY_REGISTERED");
        assertError(h.api.post("/api/v1/units", token, "{\"id\":\"U2\",\"agency\":\"police\",\"capabilities\":"
                + "\"patrol\"}"), 400, "INVALID_FIELD");
        assertError(h.api.patch("/api/v1/units/NOPE", token, "{\"callSign\":\"x\"}"), 404, "UNKNOWN_UNIT");
        assertError(h.api.patch("/api/v1/units/P-1", token, "{}"), 400, "NOTHING_TO_CHANGE");
    }

    @Test
    void aSupervisorListsUsersWithoutHashesAndAResetEndsTheUsersSessions() {
        String dispatcher = h.api.login("dispatcher");
        ApiClient.Reply users = h.api.get("/api/v1/users", token);
        assertThat(users.body().findValuesAsText("username")).contains("call-taker", "dispatcher", "supervisor");
        assertThat(users.text()).doesNotContain("pbkdf2").doesNotContain("Hash");

        assertError(h.api.post("/api/v1/users/dispatcher/password", token, "{\"password\":\"short\"}"), 400,
                "INVALID_FIELD");
        assertError(h.api.post("/api/v1/users/nobody/password", token, "{\"password\":\"long enough\"}"), 404,
                "UNKNOWN_USER");
        assertThat(h.api.post("/api/v1/users/dispatcher/password", token, "{\"password\":\"a new secret\"}")
                .status()).isEqualTo(204);

        awaitTrue(() -> h.api.get("/api/v1/units", dispatcher).status() == 401);
        assertThat(h.api.send("POST", "/api/v1/sessions", null, "{\"username\":\"dispatcher\",\"password\":\""
                + ConsoleHarness.PASSWORD + "\"}").status()).isEqualTo(401);
        assertThat(h.api.send("POST", "/api/v1/sessions", null,
                "{\"username\":\"dispatcher\",\"password\":\"a new secret\"}").status()).isEqualTo(201);
        JournalEntry reset = lastJournaled(ResetPassword.class);
        assertThat(reset.actor()).isEqualTo(Actor.user("supervisor"));
        assertThat(new DispatchJson().entry(reset).path("command").path("passwordHash").asText())
                .as("what the auditor's tools print of it").isEqualTo(DispatchJson.NOT_SHOWN);
    }

    /** The station whose first-due area of the agency holds the point, from the map layer the console draws. */
    private String firstDue(String agency, String point) {
        JsonNode at = read(point);
        Point p = FACTORY.createPoint(new Coordinate(at.path("lon").asDouble(), at.path("lat").asDouble()));
        for (JsonNode area : h.api.get("/api/v1/layers/station-areas", token).body().path("features")) {
            try {
                if (area.path("properties").path("agency").asText().equals(agency)
                        && new GeoJsonReader(FACTORY).read(area.path("geometry").toString()).covers(p)) {
                    return area.path("properties").path("station").asText();
                }
            } catch (ParseException e) {
                throw new AssertionError(e);
            }
        }
        return "";
    }

    private static JsonNode read(String json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String firstPicked(long incident) {
        JsonNode reply = h.api.get("/api/v1/incidents/" + incident + "/recommendations", token).body();
        return reply.path("needs").path(0).path("picked").path(0).path("unitId").asText();
    }

    private JournalEntry lastJournaled(Class<?> type) {
        List<JournalEntry> found = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(h.journal)) {
            reader.scan(e -> {
                if (type.isInstance(e.command())) {
                    found.add(e);
                }
            });
        }
        assertThat(found).as("journaled " + type.getSimpleName()).isNotEmpty();
        return found.get(found.size() - 1);
    }

    static void assertError(ApiClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.error()).as(reply.text()).isEqualTo(code);
    }

    /** Waits (bounded) for the hub to have fed what the condition reads. */
    static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
