package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sanhe.console.CapDocuments;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.server.assembly.ServerAssembly;

/**
 * Public warnings in real headless Chromium against the whole server: a warning system's feed (a configured user with
 * the {@code alert-feed} role) posts a synthetic Xi'an rainstorm warning; the supervisor's console shows the banner
 * and draws the warning's two areas on the call-taker's and the dispatcher's maps; a place picked inside an area is
 * named on the incident form, and the dispatcher's panel of an incident inside an area names the warning and its
 * severity; the feed's cancel takes banner, areas and the panel's note away. No script error, no
 * Content-Security-Policy violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsInBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The demo users' hash of "demo", given here to the feed's configured user. */
    private static final String DEMO_HASH =
            "pbkdf2$600000$SgHkNka5HxadnpA7jAMq/Q==$4W5hkiUE1uOiG2zzqQVqsgd4rpGwp5MFAnlEbB2VG/0=";

    ServerAssembly server;
    String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = DemoServer.in(dir).with("users:\n  - { username: cma-feed, passwordHash: \"%s\", roles: [alert-feed] }"
                .formatted(DEMO_HASH)).start();
        base = DemoServer.base(server);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPostedAlertShowsItsBannerAndAreasUntilItIsCancelled(@TempDir Path profile) throws Exception {
        String feed = DemoServer.signIn(base, "cma-feed");
        long now = System.currentTimeMillis() / 1000 * 1000;
        try (ConsoleBrowser b = new ConsoleBrowser(base, profile)) {
            b.signIn("supervisor");
            b.chord(Keys.ALT, "c");
            b.await("#ct-map[data-districts]");

            JsonNode alert = postAlert(feed, CapDocuments.rainstorm("XA-BROWSER-1", now, now + 7_200_000), 201);
            assertThat(alert.path("districts")).hasSize(5);

            b.awaitText("#alerts-banner", "暴雨橙色预警（演练）");
            b.await("#alerts-banner .alert-line[data-alert-id='" + alert.path("id").asText() + "']");
            b.awaitText("#alerts-banner", "碑林区");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("ct-map"), "data-alert-areas", "2"));
            assertThat(b.all("#ct-map path.alert-area")).hasSize(2);

            // the box in Zhouzhi (10 km across) is the larger of the two shapes at the city's zoom: its middle is
            // well inside it, whatever a pixel's rounding
            WebElement box = b.all("#ct-map path.alert-area").stream()
                    .max(java.util.Comparator.comparingInt(p -> p.getRect().getWidth())).orElseThrow();
            new Actions(b.driver).moveToElement(box).click().perform();
            b.awaitText("#f-alert", "暴雨橙色预警（演练）");
            assertThat(b.await("#f-location").getText()).isNotEqualTo("—");
            b.screenshot("alerts-calltaker");

            b.chord(Keys.ALT, "m");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("dp-map"), "data-alert-areas", "2"));
            assertThat(b.all("#dp-map path.alert-area")).hasSize(2);
            assertThat(b.await("#alerts-banner").isDisplayed()).isTrue();

            // the dispatcher's panel of an incident inside the warning's circle names the warning and its severity
            long incident = openIncidentInsideTheCircle(DemoServer.signIn(base, "supervisor"));
            b.await("li.incident[data-incident-id='" + incident + "']").click();
            b.awaitText("#incident-alert", "暴雨橙色预警（演练）");
            assertThat(b.await("#incident-alert").getText()).contains("Severe");
            b.screenshot("alerts-dispatcher");

            postAlert(feed, CapDocuments.cancel("XA-BROWSER-1-C", now + 1000, "XA-BROWSER-1", now), 201);

            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alerts-banner")));
            b.wait.until(ExpectedConditions.attributeToBe(By.id("dp-map"), "data-alert-areas", "0"));
            assertThat(b.all("#dp-map path.alert-area")).isEmpty();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("incident-alert")));
            b.chord(Keys.ALT, "c");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("ct-map"), "data-alert-areas", "0"));
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("f-alert")));
            assertThat(b.errors()).isEmpty();
        }
    }

    /** Opens a theft at the centre of the rainstorm warning's 3 km circle (CapDocuments.CIRCLE); its id. */
    private long openIncidentInsideTheCircle(String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/incidents"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"THEFT\",\"location\":{\"lat\":34.26,\"lon\":108.95}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private JsonNode postAlert(String token, String xml, int status) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
                .header("Content-Type", "application/cap+xml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
