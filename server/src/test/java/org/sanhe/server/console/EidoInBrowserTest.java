package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.server.assembly.ServerAssembly;

/**
 * NENA EIDO in the web console, in real Chromium: a partner's incident (NENA's own sample, posted by the supervisor)
 * shows where it came from in the dispatcher's panel, and "Export EIDO" saves the incident as an EIDO file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EidoInBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    ServerAssembly server;
    String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = DemoServer.in(dir).withRoads().start();
        base = DemoServer.base(server);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPartnersIncidentShowsItsSourceAndExportsAsAnEido(@TempDir Path profile) throws Exception {
        long id = importNenasSample();
        ConsoleBrowser b = new ConsoleBrowser(base, profile);
        try {
            b.signIn("dispatcher");
            b.await("#incident-list .incident[data-incident-id='" + id + "']").click();
            b.awaitText(".eido-source", "state.pa.us");
            assertThat(b.await(".eido-source").getText())
                    .contains("urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us");
            b.driver.executeScript("const saved = {}; window.savedDownload = saved;"
                    + " const create = URL.createObjectURL.bind(URL);"
                    + " URL.createObjectURL = (blob) => { blob.text().then((text) => { saved.text = text; });"
                    + " return create(blob); };"
                    + " HTMLAnchorElement.prototype.click = function () { saved.name = this.download; };");
            b.await("#export-eido").click();
            b.wait.until(d -> b.driver.executeScript("return window.savedDownload && window.savedDownload.text")
                    != null);
            assertThat(b.driver.executeScript("return window.savedDownload.name"))
                    .isEqualTo("incident-" + id + ".eido.json");
            JsonNode eido = JSON.readTree((String) b.driver.executeScript("return window.savedDownload.text"));
            assertThat(eido.path("$id").asText()).isEqualTo("urn:emergency:uid:incidentid:" + id + ":sanhe.local");
            assertThat(eido.path("callComponent").path(0).path("$id").asText())
                    .isEqualTo("urn:emergency:uid:callid:a56e556d871:bcf.state.pa.us");
            assertThat(b.errors()).as("browser log").isEmpty();
            assertThat(b.cspViolations()).as("CSP violations in the browser log").isEmpty();
        } finally {
            b.driver.quit();
        }
    }

    private long importNenasSample() throws Exception {
        String token = DemoServer.signIn(base, "supervisor");
        String sample;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("org/sanhe/interop/eido/nena/Samples/sample-call-transfer.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/incidents/eido"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(sample)).build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(imported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return JSON.readTree(imported.body()).path("incident").path("id").asLong();
    }
}
