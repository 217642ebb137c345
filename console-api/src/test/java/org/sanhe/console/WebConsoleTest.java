package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.dispatch.domain.geo.GeoPoint;

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

    @Test
    void theMapSettingsNameTheCityWithTheBoundsAndCentreOfItsDistricts() {
        JsonNode city = h.api.get("/api/v1/map", h.api.login("dispatcher")).body().path("city");

        assertThat(city.path("name").asText()).isEqualTo("西安市");
        Envelope bounds = XianGis.DISTRICTS.serviceArea().getEnvelopeInternal();
        assertThat(city.path("bbox")).extracting(JsonNode::asDouble)
                .containsExactly(bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY());
        assertThat(bounds.getMinX()).as("Zhouzhi, the west").isBetween(107.5, 108.0);
        assertThat(bounds.getMaxY()).as("Yanliang, the north").isBetween(34.6, 34.9);
        assertThat(XianGis.DISTRICTS.codeAt(new GeoPoint(city.path("centre").path("lat").asDouble(),
                city.path("centre").path("lon").asDouble()))).as("the centroid lies in a district").isNotNull();
    }

    @Test
    void theMapSettingsNameTheConfiguredTileServerAndItsDatum() {
        ApiClient.Reply reply = h.api.get("/api/v1/map", h.api.login("dispatcher"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("tiles").path("url").asText()).isEqualTo(ConsoleHarness.TILES.url());
        assertThat(reply.body().path("tiles").path("datum").asText()).isEqualTo("gcj02");
        assertThat(reply.body().path("tiles").path("attribution").asText()).isEqualTo("© Example tiles");
        assertThat(reply.body().path("tiles").path("maxZoom").asInt()).isEqualTo(18);
        assertThat(reply.body().path("roads").asBoolean()).as("the harness has Xi'an's roads").isTrue();
        assertThat(h.api.get("/api/v1/map", null).status()).as("needs a token").isEqualTo(401);
    }

    @Test
    void theVendoredCoordinateLibraryIsServedWithItsLicence() {
        assertThat(h.api.get("/console/vendor/gcoord.esm-browser.prod.js", null).text()).contains("GCJ02");
        assertThat(h.api.get("/console/vendor/gcoord.LICENSE.txt", null).text()).contains("MIT License");
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
