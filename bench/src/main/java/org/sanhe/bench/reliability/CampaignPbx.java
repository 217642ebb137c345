package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.sanhe.bench.gis.DemoCity;
import org.sanhe.telephony.simulator.CallGenerator;
import org.sanhe.telephony.simulator.GeneratorOptions;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatedCall;
import org.sanhe.telephony.simulator.SimulatorOptions;

/**
 * A campaign's PBX, outside the server as a real one is: the simulator in the campaign's own process, generating calls
 * on the wall clock for the server's adapter (the server's built-in simulator is off), and the check that every call
 * it placed reached the core: present, ended or abandoned, and answered there exactly when a call-taker answered it.
 */
final class CampaignPbx implements AutoCloseable {

    static final String USER = "campaign";

    private final PbxSimulator simulator;
    private final CallGenerator generator;
    private final List<SimulatedCall> placed = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> placedAt = new ConcurrentHashMap<>();

    private CampaignPbx(PbxSimulator simulator, CallGenerator generator) {
        this.simulator = simulator;
        this.generator = generator;
        generator.onPlaced(call -> {
            placedAt.put(call.uniqueid(), System.currentTimeMillis());
            placed.add(call);
        });
    }

    /** Starts the PBX on an ephemeral port; its calls start with {@link #startCalls()}. Calls last a few seconds. */
    static CampaignPbx start(double callsPerSecond, long seed) {
        return start(callsPerSecond, seed, 0);
    }

    /** The same on the given AMI port (0: ephemeral). */
    static CampaignPbx start(double callsPerSecond, long seed, int port) {
        PbxSimulator simulator = PbxSimulator.start(SimulatorOptions.of(USER, USER).withAuthFailurePause(0)
                .withPort(port));
        GeneratorOptions options = GeneratorOptions.defaults(seed, DemoCity.CENTRE).withRate(callsPerSecond, 0)
                .withCallTakers(50, 500, 3_000, 10_000);
        return new CampaignPbx(simulator, new CallGenerator(simulator.pbx(), options));
    }

    int port() {
        return simulator.port();
    }

    void startCalls() {
        generator.start();
    }

    void stopCalls() {
        generator.stop();
    }

    long placed() {
        return placed.size();
    }

    /** The core's ids of the calls placed so far ({@code pbx-<uniqueid>}), in order. */
    List<String> callIds() {
        return List.copyOf(placed).stream().map(CampaignPbx::callId).toList();
    }

    private static String callId(SimulatedCall call) {
        return "pbx-" + call.uniqueid();
    }

    /** The PBX commands the server's adapter holds for its journal now ({@code /health}), or -1 if not reported. */
    static long held(ConsoleClient client) throws IOException, InterruptedException {
        return client.get("/health", null).body().path("pbx").path("commandsHeld").asLong(-1);
    }

    /**
     * Waits until no call is live on the PBX and the server's adapter follows no call and holds no command; false
     * when the timeout came first.
     */
    boolean awaitQuiet(ConsoleClient client, long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            JsonNode pbx = client.get("/health", null).body().path("pbx");
            if (simulator.pbx().liveChannels() == 0 && pbx.path("liveCalls").asLong(-1) == 0
                    && pbx.path("commandsHeld").asLong(-1) == 0) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return false;
    }

    /** The calls placed that the core lacks, has not finished, or has answered differently from the PBX. */
    long lost(ConsoleClient client, String token, PrintStream progress) throws IOException, InterruptedException {
        ConsoleClient.Reply reply = client.get("/api/v1/calls?state=all", token);
        if (reply.status() != 200) {
            throw new IOException("GET /api/v1/calls: " + reply.status() + " " + reply.body());
        }
        Map<String, JsonNode> calls = new HashMap<>();
        reply.body().forEach(call -> calls.put(call.path("id").asText(), call));
        long lost = 0;
        for (SimulatedCall call : List.copyOf(placed)) {
            JsonNode core = calls.get(callId(call));
            String problem = core == null ? "missing"
                    : !"ended".equals(core.path("state").asText()) && !"abandoned".equals(core.path("state").asText())
                            ? "still " + core.path("state").asText()
                    : call.answered() == core.path("answeredBy").isNull() ? "answered on the PBX: " + call.answered()
                    : null;
            if (problem != null) {
                lost++;
                if (lost <= 10) {
                    progress.printf("PBX call %s (placed %s): %s%n", call.uniqueid(),
                            Instant.ofEpochMilli(placedAt.getOrDefault(call.uniqueid(), 0L)), problem);
                }
            }
        }
        return lost;
    }

    @Override
    public void close() {
        generator.stop();
        simulator.close();
    }
}
