package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the core stopped, health says so and every call that needs the core is 503, never 500. */
class StoppedCoreTest {

    @Test
    void healthAndCommandsAnswer503(@TempDir Path dir) {
        ConsoleHarness h = new ConsoleHarness(dir);
        try {
            String token = h.api.login("supervisor");
            h.runtime.close();

            ApiClient.Reply health = h.api.get("/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().path("status").asText()).isEqualTo("failing");
            assertThat(health.body().path("core").path("responding").asBoolean()).isFalse();

            ApiClient.Reply open = h.api.post("/api/v1/incidents", token,
                    "{\"type\":\"THEFT\",\"location\":" + IncidentApiTest.AT_CENTRE + "}");
            assertThat(open.status()).isEqualTo(503);
            assertThat(open.error()).isEqualTo("CORE_STOPPED");
            assertThat(h.api.get("/api/v1/units", token).status()).isEqualTo(503);
        } finally {
            h.server.close();
        }
    }
}
