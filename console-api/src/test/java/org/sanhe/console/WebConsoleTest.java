package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web console's files and its libraries' WebJars, served without a token, with their content types; nothing
 * outside the served folders is reachable. (The console itself is tested in Chromium, in the server module.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebConsoleTest {

    ConsoleHarness h;

    @BeforeAll
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
    }

    @AfterAll
    void stop() {
        h.close();
    }

    @Test
    void theRootIsTheConsolePage() {
        ApiClient.Reply page = h.api.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.text()).contains("<html", "/webjars/leaflet/dist/leaflet.js", "/console/app.js");
    }

    @Test
    void theConsoleScriptsAndTheLibrariesAreServed() {
        ApiClient.Reply script = h.api.get("/console/app.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.response().headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        ApiClient.Reply leaflet = h.api.get("/webjars/leaflet/dist/leaflet.js", null);
        assertThat(leaflet.status()).isEqualTo(200);
        assertThat(leaflet.text()).contains("Leaflet");
        assertThat(h.api.get("/webjars/leaflet/dist/leaflet.css", null).text()).contains(".leaflet-container");
        assertThat(h.api.get("/webjars/chart.js/dist/chart.umd.min.js", null).text()).contains("Chart.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/nothing.js", "/console/../openapi/openapi.json", "/console/%2e%2e/x.js",
            "/console/.hidden.js", "/webjars/left-pad/index.js", "/webjars/leaflet/../../maven/x.js",
            "/console/index.exe", "/webjars/leaflet/", "/console/"})
    void anythingElseIsANotFoundInJson(String path) {
        ApiClient.Reply reply = h.api.get(path, null);
        assertThat(reply.status()).as(path).isEqualTo(404);
        assertThat(reply.error()).isNotBlank();
    }
}
