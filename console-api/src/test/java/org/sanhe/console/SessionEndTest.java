package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanhe.console.stream.SessionStreams;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.slf4j.LoggerFactory;

/**
 * Sessions that end: sign-out and revocation at once (HTTP 401 and the streams closed), the idle timeout on the
 * server's clock, the supervisor's list, and the journal's record of it all, without passwords or tokens.
 */
class SessionEndTest {

    @TempDir
    Path dir;
    ConsoleHarness h;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void signingOutRevokesTheTokenAtOnceAndClosesItsStreams() throws Exception {
        String token = h.api.login("dispatcher");
        String other = h.api.login("dispatcher");
        StreamProbe stream = StreamProbe.connect(h.server.port(), token, "", false);
        StreamProbe otherStream = StreamProbe.connect(h.server.port(), other, "", false);
        stream.reached(h.lastSequence()).get(10, TimeUnit.SECONDS);

        assertThat(h.api.send("DELETE", "/api/v1/sessions", token, null).status()).isEqualTo(204);

        assertThat(h.api.get("/api/v1/units", token).status()).isEqualTo(401);
        assertThat(stream.closed.get(10, TimeUnit.SECONDS).code()).isEqualTo(SessionStreams.CLOSE_SESSION_ENDED);
        assertThat(h.api.get("/api/v1/units", other).status()).isEqualTo(200);
        assertThat(otherStream.closed).isNotDone();
        assertThat(h.api.send("DELETE", "/api/v1/sessions", token, null).status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"alert-feed", "partner"})
    void aMachineRoleSignsItselfOutAndItsTokenStopsAtOnce(String role) {
        if (role.equals("partner")) {
            h.definePartner(role);
        }
        String token = h.api.login(role);
        String protectedPath = role.equals("partner") ? "/api/v1/incidents/eido" : "/api/v1/alerts";
        assertThat(h.api.post(protectedPath, token, "{}").status()).as("refused as a bad document, not for its role")
                .isBetween(400, 499).isNotIn(401, 403);
        long before = h.lastSequence();

        assertThat(h.api.send("DELETE", "/api/v1/sessions", token, null).status()).isEqualTo(204);

        assertThat(h.lastSequence()).isGreaterThan(before);
        assertThat(h.api.post(protectedPath, token, "{}").status()).isEqualTo(401);
        assertThat(h.api.send("DELETE", "/api/v1/sessions", token, null).status()).isEqualTo(401);
    }

    @Test
    void anIdleSessionEndsOnTheServersClockAndActivityKeepsItAlive() {
        String idle = h.api.login("dispatcher");
        String busy = h.api.login("call-taker");
        h.clock.advance(ConsoleHarness.IDLE_TIMEOUT.toMillis() / 2);
        assertThat(h.api.get("/api/v1/calls", busy).status()).isEqualTo(200);

        h.clock.advance(ConsoleHarness.IDLE_TIMEOUT.toMillis() / 2);

        assertThat(h.api.get("/api/v1/units", idle).status()).isEqualTo(401);
        assertThat(h.api.get("/api/v1/calls", busy).status()).isEqualTo(200);
    }

    @Test
    void aSupervisorSeesWhoIsSignedInAndRevokesTheirSessions() throws Exception {
        String dispatcher = h.api.login("dispatcher");
        String again = h.api.login("dispatcher");
        String supervisor = h.api.login("supervisor");
        StreamProbe stream = StreamProbe.connect(h.server.port(), again, "", false);
        stream.reached(h.lastSequence()).get(10, TimeUnit.SECONDS);

        JsonNode list = h.api.get("/api/v1/sessions", supervisor).body();
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(first.path("username").asText()).isEqualTo("dispatcher");
        assertThat(first.path("from").asText()).isEqualTo("127.0.0.1");
        assertThat(first.path("since").asText()).isEqualTo(java.time.Instant.ofEpochMilli(ConsoleHarness.START).toString());
        assertThat(first.has("token")).isFalse();
        assertThat(list.toString()).doesNotContain(dispatcher).doesNotContain(again).doesNotContain(supervisor);
        assertThat(list.get(2).path("current").asBoolean()).isTrue();
        assertThat(h.api.get("/api/v1/sessions", dispatcher).status()).isEqualTo(403);

        String id = first.path("id").asText();
        assertThat(h.api.send("DELETE", "/api/v1/sessions/" + id, supervisor, null).status()).isEqualTo(204);
        assertThat(h.api.get("/api/v1/units", dispatcher).status()).isEqualTo(401);
        assertThat(h.api.get("/api/v1/units", again).status()).isEqualTo(200);
        assertThat(h.api.send("DELETE", "/api/v1/sessions/" + id, supervisor, null).status()).isEqualTo(404);

        ApiClient.Reply all = h.api.send("DELETE", "/api/v1/users/dispatcher/sessions", supervisor, null);
        assertThat(all.body().path("revoked").asInt()).isEqualTo(1);
        assertThat(h.api.get("/api/v1/units", again).status()).isEqualTo(401);
        assertThat(stream.closed.get(10, TimeUnit.SECONDS).code()).isEqualTo(SessionStreams.CLOSE_SESSION_ENDED);
        assertThat(h.api.get("/api/v1/sessions", supervisor).body()).hasSize(1);
    }

    @Test
    void signInsFailuresAndEndsAreJournaledWithoutPasswordsOrTokens() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            h.api.post("/api/v1/sessions", null, "{\"username\":\"dispatcher\",\"password\":\"wrong-one\"}");
            String token = h.api.login("dispatcher");
            String supervisor = h.api.login("supervisor");
            StreamProbe.connect(h.server.port(), token, "", false);
            h.api.send("DELETE", "/api/v1/sessions", token, null);
            h.api.send("DELETE", "/api/v1/users/supervisor/sessions", supervisor, null);
            String idle = h.api.login("call-taker");
            h.clock.advance(ConsoleHarness.IDLE_TIMEOUT.toMillis());
            h.api.get("/api/v1/calls", idle);
            long end = h.lastSequence();

            List<String> records = new ArrayList<>();
            StringBuilder journal = new StringBuilder();
            try (AuditReader reader = AuditReader.open(h.journal)) {
                reader.replay(null, e -> true, (entry, events) -> {
                    journal.append(entry).append(events);
                    if (entry.command() instanceof RecordSessionActivity r) {
                        records.add(entry.actor() + " " + r.activity() + " " + r.username() + " "
                                + (r.sessionId() != null) + " " + r.from());
                    }
                });
            }
            assertThat(end).isGreaterThan(0);
            assertThat(records).containsExactly(
                    "system:console SIGN_IN_FAILED dispatcher false 127.0.0.1",
                    "user:dispatcher SIGNED_IN dispatcher true 127.0.0.1",
                    "user:supervisor SIGNED_IN supervisor true 127.0.0.1",
                    "user:dispatcher SIGNED_OUT dispatcher true 127.0.0.1",
                    "user:supervisor REVOKED supervisor true 127.0.0.1",
                    "user:call-taker SIGNED_IN call-taker true 127.0.0.1",
                    "system:console EXPIRED call-taker true 127.0.0.1");
            assertThat(journal.toString()).doesNotContain(token).doesNotContain(supervisor).doesNotContain(idle)
                    .doesNotContain("wrong-one").doesNotContain(ConsoleHarness.PASSWORD);
            assertThat(logs.list).allSatisfy(e -> assertThat(e.getFormattedMessage() + e.getThrowableProxy())
                    .doesNotContain(token).doesNotContain(supervisor).doesNotContain(idle));
        } finally {
            root.detachAppender(logs);
        }
    }
}
