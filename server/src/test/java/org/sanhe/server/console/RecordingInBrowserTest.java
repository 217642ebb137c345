package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * A simulator call's recording, end to end in real headless Chromium against the whole server: the simulator records
 * the answered call as MixMonitor does (a WAV in the recording directory beside the journal, its name in a VarSet),
 * the adapter journals the name on the call, and the auditor plays it from the incident's timeline: the audio element
 * loads the WAV (fetched with the token, played from a blob: URL) and knows its duration. No script error, no
 * Content-Security-Policy violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingInBrowserTest {

    ServerAssembly server;
    String base;
    Path recordings;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = DemoServer.in(dir).start();
        assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).isTrue();
        base = DemoServer.base(server);
        recordings = dir.resolve("recordings");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAuditorPlaysASimulatorCallsRecordingFromTheTimeline(@TempDir Path profile) throws Exception {
        SimulatedCall call = server.simulator().pbx().placeCall(new CallSpec("13800138000", "110", "from-pstn",
                Map.of()));
        call.queue("q110");
        call.ring("PJSIP/1001");
        call.answer();
        String callId = "pbx-" + call.uniqueid();
        try (ConsoleBrowser auditor = new ConsoleBrowser(base, profile)) {
            auditor.wait.until(d -> recordingOf(callId) != null);
            assertThat(recordingOf(callId)).isEqualTo(recordings.resolve(call.uniqueid() + ".wav").toString());
            long id = open(callId);

            auditor.signIn("auditor");
            auditor.driver.findElement(By.id("search")).sendKeys(Long.toString(id));
            auditor.await("#search-results .incident[data-incident-id='" + id + "']").click();
            auditor.await("#timeline .recording[data-call='" + callId + "'] .play-recording").click();
            WebElement audio = auditor.await("#timeline .recording[data-call='" + callId + "'] audio");
            Object duration = auditor.wait.until(d -> auditor.driver.executeScript(
                    "const a = arguments[0]; return a.readyState >= 1 && a.duration > 0 ? a.duration : null;",
                    audio));

            assertThat(((Number) duration).doubleValue()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
            assertThat(audio.getAttribute("src")).startsWith("blob:");
            auditor.screenshot("auditor-recording");
            assertThat(auditor.errors()).as("browser log").isEmpty();
            assertThat(auditor.cspViolations()).as("CSP violations in the browser log").isEmpty();
        }
    }

    private String recordingOf(String callId) {
        try {
            return server.runtime().read(c -> c.calls().get(callId) == null ? null
                    : c.calls().get(callId).recording()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long open(String callId) throws Exception {
        Outcome outcome = server.runtime().submit(Actor.user("calltaker"), new OpenIncident("THEFT", 3,
                new GeoPoint(34.2611, 108.9423), null, "钟楼 Bell Tower", null, callId)).get(10, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).as("%s", outcome.rejection()).isTrue();
        return outcome.events().stream().filter(IncidentOpened.class::isInstance).map(IncidentOpened.class::cast)
                .findFirst().orElseThrow().incidentId();
    }
}
