package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionApiTest {

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

    private ApiClient.Reply signIn(String user, String password) {
        return h.api.post("/api/v1/sessions", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void signInGivesATokenWithTheUsersRoles() {
        ApiClient.Reply reply = signIn("multi", ConsoleHarness.PASSWORD);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("token").asText()).hasSizeGreaterThan(30);
        assertThat(reply.body().path("username").asText()).isEqualTo("multi");
        assertThat(reply.body().path("roles").toString()).isEqualTo("[\"auditor\",\"call-taker\"]");
        assertThat(h.api.get("/api/v1/calls", reply.body().path("token").asText()).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAreTheSame401() {
        ApiClient.Reply wrong = signIn("dispatcher", "nope");
        ApiClient.Reply unknown = signIn("nobody", "nope");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void repeatedFailuresAreRefusedWith429UntilTheLockoutPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("dispatcher", "guess" + i).status()).isEqualTo(401);
        }

        ApiClient.Reply locked = signIn("dispatcher", ConsoleHarness.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.error()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(locked.response().headers().firstValue("Retry-After")).hasValue("30");
        assertThat(signIn("supervisor", ConsoleHarness.PASSWORD).status()).isEqualTo(201);

        h.clock.advance(Duration.ofSeconds(30).toMillis());
        assertThat(signIn("dispatcher", ConsoleHarness.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void tokensExpireAfterTheirLifetimeEvenWhenBusy() {
        String token = h.api.login("dispatcher");
        for (int i = 0; i < 14; i++) {
            h.clock.advance(Duration.ofMinutes(32).toMillis());
            assertThat(h.api.get("/api/v1/units", token).status()).isEqualTo(200);
        }
        h.clock.advance(Duration.ofHours(8).minusMinutes(14 * 32).toMillis() - 1);
        assertThat(h.api.get("/api/v1/units", token).status()).isEqualTo(200);

        h.clock.advance(1);
        ApiClient.Reply expired = h.api.get("/api/v1/units", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void everyOtherCallNeedsABearerToken() {
        assertThat(h.api.get("/api/v1/calls", null).status()).isEqualTo(401);
        assertThat(h.api.get("/api/v1/calls", "made-up").status()).isEqualTo(401);
        ApiClient.Reply basic = h.api.send("GET", "/api/v1/calls", null, null, null);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.response().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void signInValidatesItsBody() {
        ApiClient.Reply missing = h.api.post("/api/v1/sessions", null, "{\"username\":\"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("field").asText()).isEqualTo("password");
    }
}
