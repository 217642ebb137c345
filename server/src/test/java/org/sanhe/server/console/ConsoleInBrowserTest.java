package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import org.openqa.selenium.support.ui.Select;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * The web console in real headless Chromium against the whole server (core, journal, GIS, the PBX simulator over
 * AMI), with scripted calls only (the simulator generates none) and demo units moved by hand. One test drives
 * three browsers from one simulator call: the call-taker, the dispatcher and the auditor; another goes from the
 * answered call to a dispatched unit with the keyboard only. Each view's screenshot is saved under
 * {@code target/screenshots}; no view may log a script error, and none may break the Content-Security-Policy
 * (checked in the browser's log, which does show a violation: one test injects an inline script to see it refused).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleInBrowserTest {

    private static final Path ROOT = Path.of("target", "browser-test");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    ServerAssembly server;
    String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = DemoServer.in(dir).withRoads()
                .telephony("callTakers: { \"PJSIP/1001\": calltaker, \"PJSIP/1002\": supervisor }").start();
        assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).isTrue();
        base = DemoServer.base(server);
        Files.createDirectories(ROOT);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void oneSimulatorCallThroughTheCallTakerTheDispatcherAndTheAuditor(@TempDir Path profiles) throws Exception {
        long beforeTheCall = server.runtime().read(Centre::lastSequence).get(10, TimeUnit.SECONDS);
        try (ConsoleBrowser callTaker = new ConsoleBrowser(base, profiles.resolve("c"));
             ConsoleBrowser dispatcher = new ConsoleBrowser(base, profiles.resolve("d"));
             ConsoleBrowser auditor = new ConsoleBrowser(base, profiles.resolve("a"))) {
            callTaker.signIn("calltaker");
            dispatcher.signIn("dispatcher");
            auditor.signIn("auditor");

            SimulatedCall first = call("13800138000", "110", 34.26110, 108.94230);
            WebElement queued = callTaker.await("#queue .call.call-queued[data-line='110']");
            assertThat(queued.getText()).contains("13800138000");
            assertThat(queued.findElement(By.cssSelector(".line-badge")).getAttribute("class")).contains("line-110");
            first.ring("PJSIP/1001");
            first.answer();

            long id = openIncidentOnTheMap(callTaker);
            linkTheDuplicateOfASecondCaller(callTaker, first, id);

            String unit = assignTheTopRecommendationAndMoveIt(dispatcher, id);

            auditTheIncidentAndGoBackBeforeTheCall(auditor, id, unit, beforeTheCall);

            for (ConsoleBrowser browser : List.of(callTaker, dispatcher, auditor)) {
                assertThat(browser.errors()).as("browser log").isEmpty();
                assertThat(browser.cspViolations()).as("CSP violations in the browser log").isEmpty();
            }
        }
    }

    private long openIncidentOnTheMap(ConsoleBrowser b) {
        b.awaitText("#call-card.mine", "13800138000");
        WebElement card = b.await("#call-card.mine");
        assertThat(card.getText()).contains("13800138000", "34.26110", "108.94230");
        assertThat(b.driver.findElement(By.id("f-location")).getText())
                .as("the device location is shown, not applied").isEqualTo("—");
        assertThat(new Select(b.driver.findElement(By.id("f-type"))).getFirstSelectedOption().getAttribute("value"))
                .as("the types of the call's line come first").isEqualTo("ROBBERY");
        b.await("#ct-map[data-districts='13']");
        new Actions(b.driver).moveToElement(b.driver.findElement(By.id("ct-map")), 0, 0).click().perform();
        b.wait.until(ExpectedConditions.attributeContains(By.id("f-location"), "class", "set"));
        assertThat(b.driver.findElement(By.id("f-location")).getText()).startsWith("34.26");
        b.driver.findElement(By.id("f-address")).sendKeys("钟楼 Bell Tower");
        b.driver.findElement(By.id("f-notes")).sendKeys("两名男子，一把刀 two men, one knife");
        b.driver.findElement(By.id("f-open")).click();
        WebElement result = b.await("#f-result[data-incident-id]");
        return Long.parseLong(result.getAttribute("data-incident-id"));
    }

    private void linkTheDuplicateOfASecondCaller(ConsoleBrowser b, SimulatedCall first, long id) {
        first.hangup();
        SimulatedCall second = call("13900139000", "110", 34.26150, 108.94280);
        second.ring("PJSIP/1001");
        second.answer();
        b.awaitText("#call-card.mine", "13900139000");
        WebElement candidate = b.await("#duplicates .duplicate[data-incident-id='" + id + "']");
        assertThat(candidate.findElement(By.cssSelector(".score")).getText()).matches("0\\.\\d\\d|1\\.00");
        assertThat(candidate.findElement(By.cssSelector(".parts")).getText()).containsPattern("\\d+ m");
        b.screenshot("calltaker");
        candidate.findElement(By.cssSelector("button.link-dup")).click();
        b.awaitText("#call-card", "#" + id);
        b.awaitText("#queue .call[data-line='110'] .linked", "#" + id);
    }

    private String assignTheTopRecommendationAndMoveIt(ConsoleBrowser b, long id) {
        b.await("#incident-list .incident[data-incident-id='" + id + "']").click();
        b.awaitText("#coverage", "×1");
        String unit = b.wait.until(d -> {
            WebElement top = d.findElement(By.cssSelector("#recommendations .candidate.top"));
            String text = top.getText();
            return text.matches("(?s).*\\d\\d:\\d\\d.*") && text.contains("km") ? top.getAttribute("data-unit-id")
                    : null;
        });
        b.await("#recommendations .candidate.top[data-unit-id='" + unit + "'] .source[data-source='road']");
        b.await("#dp-map path.route-candidate.route-road[data-unit-id='" + unit + "']");
        b.await("#recommendations .candidate.top[data-unit-id='" + unit + "'] button.assign").click();
        String row = "#unit-board tr[data-unit-id='" + unit + "']";
        b.await(row + " .status[data-status='dispatched']");
        b.await(row + " button[data-status='en-route']").click();
        b.await(row + " .status[data-status='en-route']");
        b.await("#dp-map path.route-en-route.route-road[data-unit-id='" + unit + "']");
        b.await(row + " button[data-status='on-scene']").click();
        b.await(row + " .status[data-status='on-scene']");
        b.await("#coverage li.ok");
        return unit;
    }

    private void auditTheIncidentAndGoBackBeforeTheCall(ConsoleBrowser b, long id, String unit, long beforeTheCall) {
        b.await("#verify[data-state='ok']");
        b.driver.findElement(By.id("search")).sendKeys(Long.toString(id));
        b.await("#search-results .incident[data-incident-id='" + id + "']").click();
        b.awaitText("#timeline", "ChangeUnitStatus");
        String timeline = b.driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).containsSubsequence("user:calltaker", "OpenIncident", "user:calltaker", "LinkCall",
                "user:dispatcher", "AssignUnit · " + unit, "user:dispatcher", "ChangeUnitStatus");
        b.await("#replay-calls .call[data-line='110']");
        b.await("#replay-incidents .incident[data-incident-id='" + id + "']");

        WebElement slider = b.driver.findElement(By.id("slider"));
        b.driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                slider, Long.toString(beforeTheCall));
        b.await("#slider-label[data-sequence='" + beforeTheCall + "']");
        assertThat(b.driver.findElement(By.id("replay-calls")).getText()).doesNotContain("13800138000");
        assertThat(b.all("#replay-incidents .incident[data-incident-id='" + id + "']")).isEmpty();
        b.driver.findElement(By.id("live")).click();
        b.await("#replay-incidents .incident[data-incident-id='" + id + "']");
    }

    @Test
    void oneShiftOfReleasesDivertsNotesAndAClose(@TempDir Path profiles) throws Exception {
        try (ConsoleBrowser callTaker = new ConsoleBrowser(base, profiles.resolve("c"));
             ConsoleBrowser dispatcher = new ConsoleBrowser(base, profiles.resolve("d1"));
             ConsoleBrowser second = new ConsoleBrowser(base, profiles.resolve("d2"));
             ConsoleBrowser auditor = new ConsoleBrowser(base, profiles.resolve("a"))) {
            callTaker.signIn("calltaker");
            SimulatedCall fireCall = call("13600136000", "119", 34.26110, 108.94230);
            fireCall.ring("PJSIP/1001");
            fireCall.answer();
            long fire = openFromTheCall(callTaker, "13600136000", "BUILDING_FIRE");
            fireCall.hangup();
            dispatcher.signIn("dispatcher");
            second.signIn("dispatcher");
            auditor.signIn("auditor");
            long urgent = open(new OpenIncident("ROBBERY", 1, new GeoPoint(34.2650, 108.9500), null, null, null,
                    null));
            new DispatcherShift(dispatcher, second, auditor).run(fire, urgent);
            for (ConsoleBrowser browser : List.of(callTaker, dispatcher, second, auditor)) {
                assertThat(browser.errors()).as("browser log").isEmpty();
            }
        }
    }

    /** The call-taker turns the answered call into an incident: its device location (Alt+L), the type, open. */
    private static long openFromTheCall(ConsoleBrowser b, String caller, String type) {
        b.awaitText("#call-card.mine", caller);
        b.wait.until(d -> "f-type".equals(d.switchTo().activeElement().getAttribute("id")));
        b.chord(Keys.ALT, "l");
        b.awaitText("#f-location", "34.26110");
        new Select(b.await("#f-type")).selectByValue(type);
        b.driver.findElement(By.id("f-address")).sendKeys("钟楼 Bell Tower");
        b.driver.findElement(By.id("f-open")).click();
        return Long.parseLong(b.await("#f-result[data-incident-id]").getAttribute("data-incident-id"));
    }

    private long open(OpenIncident command) throws Exception {
        Outcome outcome = server.runtime().submit(Actor.user("calltaker"), command).get(10, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).as("%s", outcome.rejection()).isTrue();
        return outcome.events().stream().filter(IncidentOpened.class::isInstance).map(IncidentOpened.class::cast)
                .findFirst().orElseThrow().incidentId();
    }


    @Test
    void signingOutRevokesTheTokenAndTheBrowserRefusesInlineScript(@TempDir Path profile) throws Exception {
        ConsoleBrowser b = new ConsoleBrowser(base, profile);
        try {
            b.signIn("dispatcher");
            String token = (String) b.driver.executeScript(
                    "return JSON.parse(sessionStorage.getItem('sanhe.session')).token");
            assertThat(unitsStatus(token)).isEqualTo(200);
            assertThat(b.cspViolations()).as("CSP violations in the browser log").isEmpty();

            b.driver.executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                    + " document.body.append(s);");
            assertThat(b.driver.executeScript("return window.injected === undefined")).isEqualTo(true);
            b.wait.until(d -> !b.cspViolations().isEmpty());

            b.await("#logout").click();
            b.await("#login-username");
            b.wait.until(d -> unitsStatus(token) == 401);
        } finally {
            b.driver.quit();
        }
    }

    private int unitsStatus(String token) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/units"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            ApiContract.get().check(response);
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fromTheAnsweredCallToADispatchedUnitWithTheKeyboardOnly(@TempDir Path profile) {
        try (ConsoleBrowser b = new ConsoleBrowser(base, profile)) {
            b.signIn("supervisor");
            SimulatedCall call = call("13700137000", "119", 34.34180, 108.93960);
            call.ring("PJSIP/1002");
            call.answer();
            b.awaitText("#call-card.mine", "13700137000");
            b.wait.until(d -> "f-type".equals(d.switchTo().activeElement().getAttribute("id")));

            b.chord(Keys.ALT, "l");
            b.awaitText("#f-location", "34.34180");
            b.chord(Keys.CONTROL, Keys.ENTER);
            long id = Long.parseLong(b.await("#f-result[data-incident-id]").getAttribute("data-incident-id"));
            b.screenshot("keyboard-calltaker");

            b.chord(Keys.ALT, "m");
            b.await("#view-dispatcher.active");
            for (int i = 0; i < 10 && b.all("#incident-list .incident.selected[data-incident-id='" + id + "']")
                    .isEmpty(); i++) {
                b.keys(Keys.ARROW_DOWN);
            }
            b.await("#incident-list .incident.selected[data-incident-id='" + id + "']");
            b.await("#recommendations .candidate.top");
            b.keys("a");
            b.await("#unit-board tr .status[data-status='dispatched']");
            b.awaitText("#coverage", "1");
            b.keys("e");
            b.await("#unit-board tr .status[data-status='en-route']");
            assertThat(b.errors()).as("browser log").isEmpty();
        }
    }

    @Test
    void aSupervisorKeepsTheFleet(@TempDir Path profile) throws Exception {
        try (ConsoleBrowser b = new ConsoleBrowser(base, profile)) {
            b.signIn("supervisor");
            b.chord(Keys.ALT, "f");
            b.await("#view-fleet.active");
            b.await("#station-list li[data-station-id='PS-01']");
            b.await("#unit-list li[data-unit-id='P-0101'] .status[data-status='available']");
            assertThat(b.await("#user-list tr[data-username='calltaker']").getText()).contains("接警员");
            b.keys(Keys.ESCAPE, "?");
            b.awaitText("#help-keys", "Alt+F");
            b.keys(Keys.ESCAPE);

            Station station = addAStationOnTheMap(b);
            Unit unit = addAUnitAtIt(b, station);
            assertThat(unit.position()).as("a new unit starts at its station").isEqualTo(station.position());
            assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE);

            findTheUnitAndRenameIt(b);
            b.screenshot("fleet");
            putItOutOfServiceAndBack(b);
            retireTheUnitAndCloseTheStation(b);
            b.chord(Keys.ALT, "y");
            b.awaitText("#fleet-users h2", "Users");
            b.awaitText("#user-list tr[data-username='calltaker']", "call-taker");
            b.awaitText("#u-title", "New unit");
            b.chord(Keys.ALT, "y");
            assertThat(b.errors()).as("browser log, but the refused close").filteredOn(e -> !e.contains("409"))
                    .isEmpty();
        }
    }

    private Station addAStationOnTheMap(ConsoleBrowser b) throws Exception {
        b.chord(Keys.ALT, "t");
        b.wait.until(d -> "st-id".equals(d.switchTo().activeElement().getAttribute("id")));
        b.keys("T-FS-1", Keys.TAB, "测试消防站 Test fire station", Keys.TAB, "fire");
        b.await("#fl-map[data-districts='13']");
        new Actions(b.driver).moveToElement(b.driver.findElement(By.id("fl-map")), -250, 120).click().perform();
        b.wait.until(ExpectedConditions.attributeContains(By.id("st-position"), "class", "set"));
        assertThat(b.driver.findElement(By.id("station-form")).getAttribute("data-mode")).isEqualTo("new");
        String picked = b.driver.findElement(By.id("st-position")).getText();
        b.driver.findElement(By.id("st-save")).click();
        b.await("#station-form[data-saved='T-FS-1'][data-mode='edit']");
        b.awaitText("#station-list li.selected[data-station-id='T-FS-1']", "测试消防站");

        Station station = read(c -> c.stations().get("T-FS-1"));
        assertThat(station.agency()).isEqualTo("fire");
        assertThat(station.district()).as("the district of the picked position").isNotBlank();
        assertThat(picked).isEqualTo("%.6f, %.6f".formatted(station.position().lat(), station.position().lon()));
        return station;
    }

    private Unit addAUnitAtIt(ConsoleBrowser b, Station station) throws Exception {
        b.chord(Keys.ALT, "n");
        b.wait.until(d -> "u-id".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(b.driver.findElement(By.id("u-station")).getAttribute("value")).isEqualTo(station.id());
        assertThat(b.driver.findElement(By.id("u-agency")).getAttribute("value")).isEqualTo("fire");
        b.keys("T-E-1", Keys.TAB, "测试 Engine 1");
        b.await("#u-cap-chips button[data-capability='pumper']").click();
        b.await("#u-cap-chips button.on[data-capability='pumper']");
        b.driver.findElement(By.id("u-caps")).sendKeys(", rescue");
        b.driver.findElement(By.id("u-save")).click();
        b.await("#unit-form[data-saved='T-E-1'][data-mode='edit']");
        b.await("#unit-list li[data-unit-id='T-E-1'] .status[data-status='available']");
        Unit unit = read(c -> c.units().get("T-E-1"));
        assertThat(unit.callSign()).isEqualTo("测试 Engine 1");
        assertThat(unit.capabilities()).containsExactly("pumper", "rescue");
        assertThat(unit.station()).isEqualTo(station.id());
        return unit;
    }

    private void findTheUnitAndRenameIt(ConsoleBrowser b) throws Exception {
        b.keys(Keys.ESCAPE, "/");
        b.wait.until(d -> "unit-search".equals(d.switchTo().activeElement().getAttribute("id")));
        b.keys("t-fs-1 rescue");
        b.wait.until(d -> b.all("#unit-list li[data-unit-id]").size() == 1);
        b.await("#unit-list li[data-unit-id='T-E-1']");
        b.keys(Keys.ARROW_DOWN);
        b.await("#unit-list li.selected[data-unit-id='T-E-1']");
        WebElement callSign = b.driver.findElement(By.id("u-callsign"));
        callSign.clear();
        callSign.sendKeys("测试 Engine 2", Keys.ENTER);
        b.awaitText("#unit-list li[data-unit-id='T-E-1'] .callsign", "测试 Engine 2");
        String renamed = read(c -> c.units().get("T-E-1").callSign());
        assertThat(renamed).isEqualTo("测试 Engine 2");
    }

    private void putItOutOfServiceAndBack(ConsoleBrowser b) throws Exception {
        b.driver.findElement(By.id("u-service")).click();
        b.await("#unit-list li[data-unit-id='T-E-1'][data-status='out-of-service']");
        b.await("#u-status[data-status='out-of-service']");
        assertThat(status("T-E-1")).isEqualTo(UnitStatus.OUT_OF_SERVICE);
        b.chord(Keys.ALT, "o");
        b.await("#unit-list li[data-unit-id='T-E-1'][data-status='available']");
        assertThat(status("T-E-1")).isEqualTo(UnitStatus.AVAILABLE);
    }

    private void retireTheUnitAndCloseTheStation(ConsoleBrowser b) throws Exception {
        b.driver.findElement(By.id("station-search")).sendKeys("T-FS");
        b.await("#station-list li[data-station-id='T-FS-1']").click();
        WebElement close = b.await("#st-close");
        close.click();
        b.await("#st-close[data-armed='true']");
        close.click();
        b.awaitText("#st-result.error", "站点仍有所属力量");
        assertThat(b.driver.findElement(By.id("st-result")).getText()).contains("T-E-1");

        b.await("#unit-list li[data-unit-id='T-E-1']").click();
        WebElement retire = b.await("#u-retire");
        retire.click();
        retire.click();
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#unit-list li[data-unit-id='T-E-1']")));
        Unit retired = read(c -> c.units().get("T-E-1"));
        assertThat(retired).isNull();

        b.await("#station-list li[data-station-id='T-FS-1']").click();
        close.click();
        close.click();
        b.awaitText("#st-result", "T-FS-1");
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#station-list li[data-station-id='T-FS-1']")));
        Station closed = read(c -> c.stations().get("T-FS-1"));
        assertThat(closed).isNull();
    }

    private <T> T read(Function<Centre, T> query) throws Exception {
        return server.runtime().read(query).get(10, TimeUnit.SECONDS);
    }

    private UnitStatus status(String unitId) throws Exception {
        return read(c -> c.units().get(unitId).status());
    }

    private SimulatedCall call(String caller, String line, double lat, double lon) {
        SimulatedCall call = server.simulator().pbx().placeCall(new CallSpec(caller, line, "from-pstn", Map.of(
                "EMERGENCY_LINE", line, "AML_LAT", Double.toString(lat), "AML_LON", Double.toString(lon),
                "AML_RADIUS", "30")));
        call.queue("q" + line);
        return call;
    }
}
