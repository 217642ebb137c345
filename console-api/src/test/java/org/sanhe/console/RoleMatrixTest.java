package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.http.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role matrix, route by route and role by role: an auditor reads and never writes; a call-taker opens and
 * links incidents but does not send units; a dispatcher sends units; a supervisor does everything, and alone keeps
 * the centre's stations, units and users; an alert feed posts public warnings and a partner imports incidents, and each does nothing else but sign
 * itself out, as every role may. A forbidden
 * request is 403 and journals nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    static final List<String> ROLES = List.of("call-taker", "dispatcher", "auditor", "supervisor", "alert-feed",
            "partner");
    static final String ALL = "call-taker dispatcher auditor supervisor";
    static final String INCIDENT_WRITERS = "call-taker dispatcher supervisor";
    static final String UNIT_WRITERS = "dispatcher supervisor";
    static final String AUDITORS = "auditor supervisor";
    static final String SUPERVISORS = "supervisor";
    static final String ALERT_SENDERS = "supervisor alert-feed";
    static final String IMPORTERS = "supervisor partner";
    /** Every role, the machine ones too: signing oneself out. */
    static final String EVERY_ROLE = ALL + " alert-feed partner";

    /** method, path, body, the roles allowed. */
    static final List<String[]> MATRIX = List.of(
            row("GET", "/api/v1/calls", null, ALL),
            row("GET", "/api/v1/incident-types", null, ALL),
            row("GET", "/api/v1/incidents?status=all", null, ALL),
            row("GET", "/api/v1/incidents/1", null, ALL),
            row("GET", "/api/v1/units", null, ALL),
            row("GET", "/api/v1/districts/at?lat=34.26&lon=108.94", null, ALL),
            row("POST", "/api/v1/incidents", "{\"type\":\"THEFT\",\"location\":{\"lat\":34.26,\"lon\":108.94}}",
                    INCIDENT_WRITERS),
            row("PATCH", "/api/v1/incidents/1", "{\"note\":\"more\"}", INCIDENT_WRITERS),
            row("POST", "/api/v1/incidents/1/calls", "{\"callId\":\"C-122\"}", INCIDENT_WRITERS),
            row("POST", "/api/v1/incidents/2/close", "{\"disposition\":\"cancelled\"}", INCIDENT_WRITERS),
            row("POST", "/api/v1/incidents/1/notes", "{\"text\":\"caller calmer\"}", INCIDENT_WRITERS),
            row("DELETE", "/api/v1/incidents/1/calls/C-404", null, INCIDENT_WRITERS),
            row("POST", "/api/v1/incidents/1/assignments", "{\"unitId\":\"P-2\"}", UNIT_WRITERS),
            row("POST", "/api/v1/incidents/1/assignments", "{\"unitId\":\"P-9\",\"divert\":true}", UNIT_WRITERS),
            row("POST", "/api/v1/incidents/1/assignments/P-9/release", "{\"reason\":\"done\"}", UNIT_WRITERS),
            row("GET", "/api/v1/targets", null, ALL),
            row("GET", "/api/v1/incidents/1/eido", null, UNIT_WRITERS),
            row("POST", "/api/v1/incidents/eido", "{\"eidoVersion\":\"1.0\"}", IMPORTERS),
            row("GET", "/api/v1/audit/kpis?format=csv", null, AUDITORS),
            row("POST", "/api/v1/units/P-1/status", "{\"status\":\"out-of-service\"}", UNIT_WRITERS),
            row("POST", "/api/v1/units/T-1/position", "{\"lat\":34.3,\"lon\":108.9}", UNIT_WRITERS),
            row("GET", "/api/v1/incidents/1/recommendations", null, ALL),
            row("GET", "/api/v1/incidents/1/route?unit=P-1", null, ALL),
            row("GET", "/api/v1/layers/units", null, ALL),
            row("GET", "/api/v1/map", null, ALL),
            row("GET", "/api/v1/calls/C-110/duplicates", null, ALL),
            // call-takers may listen to the calls they answered: RecordingApiTest; C-110 is still queued here
            row("GET", "/api/v1/calls/C-110/recording", null, AUDITORS),
            row("GET", "/api/v1/stream", null, ALL),
            row("GET", "/api/v1/audit/incidents/1/timeline", null, AUDITORS),
            row("GET", "/api/v1/incidents/1/timeline", null, ALL),
            row("GET", "/api/v1/audit/state?at=3", null, AUDITORS),
            row("GET", "/api/v1/audit/verify", null, AUDITORS),
            row("GET", "/api/v1/audit/kpis", null, AUDITORS),
            row("GET", "/api/v1/stations", null, ALL),
            row("POST", "/api/v1/stations", "{\"id\":\"X-1\",\"agency\":\"police\",\"position\":{\"lat\":34.26,"
                    + "\"lon\":108.94}}", SUPERVISORS),
            row("PATCH", "/api/v1/stations/PS-01", "{\"name\":\"Post One\"}", SUPERVISORS),
            row("DELETE", "/api/v1/stations/NONE", null, SUPERVISORS),
            row("POST", "/api/v1/units", "{\"id\":\"X-9\",\"agency\":\"police\",\"station\":\"PS-01\"}",
                    SUPERVISORS),
            row("PATCH", "/api/v1/units/T-1", "{\"callSign\":\"Moto One\"}", SUPERVISORS),
            row("DELETE", "/api/v1/units/NONE", null, SUPERVISORS),
            row("GET", "/api/v1/users", null, SUPERVISORS),
            row("POST", "/api/v1/users/multi/password", "{\"password\":\"a long password\"}", SUPERVISORS),
            row("GET", "/api/v1/sessions", null, SUPERVISORS),
            row("DELETE", "/api/v1/sessions/NONE", null, SUPERVISORS),
            row("DELETE", "/api/v1/users/nobody/sessions", null, SUPERVISORS),
            row("GET", "/api/v1/alerts", null, ALL),
            row("GET", "/api/v1/alerts/1", null, ALL),
            row("POST", "/api/v1/alerts", "{\"not\":\"xml\"}", ALERT_SENDERS),
            // last: it signs each role out
            row("DELETE", "/api/v1/sessions", null, EVERY_ROLE));

    ConsoleHarness h;
    Map<String, String> tokens;

    @BeforeAll
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
        h.definePartner("partner");
        tokens = Map.of("call-taker", h.api.login("call-taker"), "dispatcher", h.api.login("dispatcher"),
                "auditor", h.api.login("auditor"), "supervisor", h.api.login("supervisor"),
                "alert-feed", h.api.login("alert-feed"), "partner", h.api.login("partner"));
        String body = "{\"type\":\"THEFT\",\"location\":{\"lat\":34.26,\"lon\":108.94}}";
        h.api.post("/api/v1/incidents", tokens.get("supervisor"), body);
        h.api.post("/api/v1/incidents", tokens.get("supervisor"), body);
    }

    @AfterAll
    void stop() {
        h.close();
    }

    static String[] row(String method, String path, String body, String allowed) {
        return new String[] {method, path, body, allowed};
    }

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(r -> ROLES.stream().map(role -> Arguments.of(role, r[0], r[1], r[2],
                Arrays.asList(r[3].split(" ")).contains(role))));
    }

    @ParameterizedTest(name = "{0} {1} {2} allowed={4}")
    @MethodSource("cases")
    void everyRouteObeysTheMatrix(String role, String method, String path, String body, boolean allowed) {
        long before = h.lastSequence();

        ApiClient.Reply reply = h.api.send(method, path, tokens.get(role), body);

        if (allowed) {
            assertThat(reply.status()).as(reply.text()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(reply.status()).as(reply.text()).isEqualTo(403);
            assertThat(reply.error()).isEqualTo("FORBIDDEN");
            assertThat(h.lastSequence()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} {1} needs a token")
    @MethodSource("routes")
    void everyRouteButSignInNeedsAToken(String method, String path, String body) {
        assertThat(h.api.send(method, path, null, body).status()).isEqualTo(401);
    }

    @org.junit.jupiter.api.Test
    void theMatrixCoversEveryRouteThatNeedsARole() {
        Router router = new Router(h.server.routes());
        Set<String> covered = MATRIX.stream()
                .map(r -> router.match(r[0], r[1].replaceAll("\\?.*", "")).route())
                .map(r -> r.method() + " " + r.template()).collect(Collectors.toSet());
        Set<String> guarded = h.server.routes().stream().filter(r -> r.permission() != Permission.PUBLIC)
                .map(r -> r.method() + " " + r.template()).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(guarded);
    }

    static Stream<Arguments> routes() {
        return MATRIX.stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }
}
