package org.sanhe.server.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.journal.JournalEntry;
import org.sanhe.dispatch.runtime.publish.Delivery;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.gis.recommend.EtaSource;
import org.sanhe.gis.recommend.Recommendation;
import org.sanhe.gis.station.Fleet;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * The whole server on temporary directories: the core, the GIS, the built-in simulator on an ephemeral port and the
 * real adapter connected to it over TCP. Timers are disabled in the rules so that nothing but the test's call moves
 * the state between the two starts.
 */
class ServerAssemblyTest {

    @TempDir
    Path dir;

    @Test
    void aCallOnTheSimulatorReachesTheCoreAndARestartRecoversTheSameState() throws Exception {
        DispatchConfig config = config();
        Fleet demo = Fleet.demo();
        int demoUnits = demo.units().size();
        int demoFleet = demo.stations().size() + demoUnits;
        String hash;
        try (ServerAssembly server = ServerAssembly.start(config, EpochClock.system())) {
            assertThat(server.setup()).isEqualTo(new CoreSetup.Result(true, demoUnits, demoFleet, 4, List.of()));
            assertThat(server.runtime().read(c -> c.units().size()).get(10, TimeUnit.SECONDS)).isEqualTo(demoUnits);
            assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).as("adapter logged in").isTrue();
            Subscription events = server.runtime().subscribe("test", 1024);

            SimulatedCall call = server.simulator().pbx().placeCall(new CallSpec("13912345678", "119", "from-pstn",
                    Map.of("EMERGENCY_LINE", "119")));
            call.queue("q119");

            Published offer = awaitCommand(events, OfferCall.class);
            assertThat(offer.events()).singleElement().isInstanceOfSatisfying(CallOffered.class, e -> {
                assertThat(e.line()).isEqualTo("119");
                assertThat(e.lineKnown()).isTrue();
                assertThat(e.callerNumber()).isEqualTo("13912345678");
            });
            assertThat(server.pbxHealth().get()).containsEntry("link", "CONNECTED").containsEntry("pbx", "simulator");
            assertThat(callsSeenByTheConsole(server.console().port()))
                    .as("the call, through the console API as the demo call-taker").contains("13912345678");
            hash = server.runtime().read(Centre::stateHash).get(10, TimeUnit.SECONDS);
        }

        try (ServerAssembly again = ServerAssembly.start(config, EpochClock.system())) {
            assertThat(again.setup()).isEqualTo(new CoreSetup.Result(false, 0, 0, 0, List.of()));
            assertThat(again.runtime().read(Centre::stateHash).get(10, TimeUnit.SECONDS)).isEqualTo(hash);
            assertThat(again.locator().get(Fleet.demo().units().get(0).id())).isPresent();
            assertThat(again.unitPlaces().placedOnReport()).as("units placed on the roads as the locator took them")
                    .isPositive();
            Recommendation atTheBellTower = again.recommender().recommend(new GeoPoint(34.2613, 108.9428),
                    List.of(new Need("police", 1, List.of())), System.currentTimeMillis());
            assertThat(atTheBellTower.needs().get(0).picked()).singleElement()
                    .satisfies(c -> assertThat(c.reasons().etaSource()).isEqualTo(EtaSource.ROAD));
            assertThat(again.unitPlaces().placedOnDemand()).as("units placed while recommending").isZero();
        }
        assertThat(journaled(DefineRules.class)).hasSize(1);
    }

    private static String callsSeenByTheConsole(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port + "/api/v1/";
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"calltaker\",\"password\":\"demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(login);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(201);
        String token = new ObjectMapper().readTree(login.body()).get("token").asText();
        HttpResponse<String> calls = http.send(HttpRequest.newBuilder(URI.create(base + "calls?state=active"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(calls);
        assertThat(calls.statusCode()).as(calls.body()).isEqualTo(200);
        return calls.body();
    }

    private DispatchConfig config() throws Exception {
        Path file = dir.resolve("test.yaml");
        Files.writeString(file, """
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                gis: { roads: { cacheDir: target/roads-cache } }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                rules:
                  timers: { answerMillis: 0, acknowledgeMillis: 0, dispatchMillisByPriority: [0, 0, 0, 0] }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots")));
        return ConfigLoader.load(file, Map.of());
    }

    private static Published awaitCommand(Subscription events, Class<?> type) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Delivery d = events.poll(100, TimeUnit.MILLISECONDS);
            if (d instanceof Published p && type.isInstance(p.command())) {
                return p;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " published within 30 s");
    }

    private List<JournalEntry> journaled(Class<?> type) {
        List<JournalEntry> out = new ArrayList<>();
        try (AuditReader reader = AuditReader.open(dir.resolve("journal"))) {
            assertThat(reader.entries(1, Long.MAX_VALUE, e -> {
                if (type.isInstance(e.command())) {
                    out.add(e);
                }
            }).chainOk()).isTrue();
        }
        return out;
    }
}
