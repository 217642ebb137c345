package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.server.assembly.ServerAssembly;

/**
 * The supervisor's sessions view in real headless Chromium against the whole server (the demo's users, no roads):
 * who is signed in, from where, since when and their last activity; one session ended, then all of a user's, which
 * sends that user's open console back to sign-in; and the supervisor's own, which signs this console out. Tokens
 * of sessions started over HTTP stop working at once. No script error, no Content-Security-Policy violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsInBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROWS = "#session-list tr[data-session-id]";

    ServerAssembly server;
    String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = DemoServer.in(dir).start();
        base = DemoServer.base(server);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSupervisorSeesWhoIsSignedInAndEndsOneSessionAllOfAUsersAndTheirOwn(@TempDir Path profiles)
            throws Exception {
        String callTaker = DemoServer.signIn(base, "calltaker");
        String dispatcherOverHttp = DemoServer.signIn(base, "dispatcher");
        try (ConsoleBrowser supervisor = new ConsoleBrowser(base, profiles.resolve("s"));
             ConsoleBrowser dispatcher = new ConsoleBrowser(base, profiles.resolve("d"))) {
            dispatcher.signIn("dispatcher");
            supervisor.signIn("supervisor");
            supervisor.chord(Keys.ALT, "g");
            supervisor.await("#view-sessions.active");
            supervisor.wait.until(d -> supervisor.all(ROWS).size() == 4);
            assertThat(supervisor.await("#session-list tr.current[data-username='supervisor']").getText())
                    .contains("本会话", "值班长", "127.0.0.1");
            assertThat(supervisor.all("#session-list tr[data-username='dispatcher']")).hasSize(2);
            assertThat(supervisor.await("#session-list tr[data-username='calltaker'] td.last-seen").getText())
                    .matches("\\d\\d:\\d\\d:\\d\\d · \\d+ s 前");
            supervisor.screenshot("sessions");

            pressTwice(supervisor, "#session-list tr[data-username='calltaker'] button.revoke");
            supervisor.wait.until(d -> supervisor.all("#session-list tr[data-username='calltaker']").isEmpty());
            supervisor.awaitText("#session-result", "calltaker");
            assertThat(unitsStatus(callTaker)).isEqualTo(401);

            pressTwice(supervisor, "#session-list tr[data-username='dispatcher'] button.revoke-user");
            supervisor.awaitText("#session-result", "2 (dispatcher)");
            supervisor.wait.until(d -> supervisor.all(ROWS).size() == 1);
            dispatcher.await("#login-username");
            dispatcher.awaitText("#login-error", "会话已结束");
            assertThat(unitsStatus(dispatcherOverHttp)).isEqualTo(401);
            assertThat(supervisor.errors()).as("browser log").isEmpty();

            pressTwice(supervisor, "#session-list tr.current button.revoke");
            supervisor.await("#login-username");
            supervisor.awaitText("#login-error", "会话已结束");
        }
    }

    /** A button that ends something: the first press arms it, the second confirms. */
    private static void pressTwice(ConsoleBrowser b, String button) {
        b.await(button).click();
        b.await(button + "[data-armed='true']").click();
    }

    private int unitsStatus(String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/units"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        return response.statusCode();
    }
}
