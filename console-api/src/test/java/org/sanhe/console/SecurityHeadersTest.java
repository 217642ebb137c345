package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every response carries the browser-hardening headers: pages, scripts, WebJars, API replies and errors alike; no
 * HSTS over plain HTTP. The policy allows no inline script and names the tile server for images.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {

    ConsoleHarness h;
    String token;

    @BeforeAll
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
        token = h.api.login("dispatcher");
    }

    @AfterAll
    void stop() {
        h.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /, true, 200",
        "GET, /console/app.js, true, 200",
        "GET, /webjars/leaflet/dist/leaflet.js, true, 200",
        "GET, /api/v1/units, true, 200",
        "GET, /api/v1/units, false, 401",
        "GET, /no/such/thing, false, 404",
        "DELETE, /api/v1/units, true, 405"})
    void everyResponseCarriesTheHeaders(String method, String path, boolean signedIn, int status) {
        ApiClient.Reply reply = h.api.send(method, path, signedIn ? token : null, null);
        assertThat(reply.status()).isEqualTo(status);
        HttpHeaders headers = reply.response().headers();
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                "img-src 'self' data: https://*.tiles.example").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
