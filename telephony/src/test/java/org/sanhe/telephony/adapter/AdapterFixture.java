package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.telephony.config.TelephonyConfig;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatedCall;
import org.sanhe.telephony.simulator.SimulatorOptions;
import org.sanhe.telephony.simulator.VirtualScheduler;
import org.sanhe.telephony.stubs.CentreGateway;

/**
 * A simulator in virtual time on an ephemeral loopback port, and the real adapter (unmodified Asterisk-Java) pointed
 * at it, feeding a real centre. The test thread drives the PBX; the adapter runs on its own threads.
 */
final class AdapterFixture implements AutoCloseable {

    static final long START = 1_764_000_000_000L;

    final VirtualScheduler clock = new VirtualScheduler(START);
    final PbxSimulator simulator;
    final CentreGateway gateway = new CentreGateway();
    final AsteriskCallAdapter adapter;
    final TelephonyConfig config;
    final Map<String, String> names = new LinkedHashMap<>();
    private int fences;

    AdapterFixture(String configResource) throws IOException, InterruptedException {
        this(configResource, fixture -> { });
    }

    /** Runs {@code beforeAdapter} on the started simulator before the adapter starts (calls already in progress). */
    AdapterFixture(String configResource, Consumer<AdapterFixture> beforeAdapter)
            throws IOException, InterruptedException {
        simulator = PbxSimulator.start(SimulatorOptions.of("dispatch", "s3cret").withAuthFailurePause(0), clock);
        config = TelephonyConfig.parse(resource(configResource)).withAmiPort(simulator.port());
        beforeAdapter.accept(this);
        adapter = new AsteriskCallAdapter(config, gateway, EpochClock.system());
        adapter.start();
        assertThat(adapter.awaitResyncs(1, Duration.ofSeconds(30))).as("first login and re-sync").isTrue();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = AdapterFixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The commands a scenario lists under its {@code expect:} key, as {@link CommandText}. */
    static List<String> expected(String scenarioYaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(scenarioYaml);
        List<String> lines = new ArrayList<>();
        root.get("expect").forEach(node -> lines.add(node.asText()));
        return lines;
    }

    /** Gives a call a name for {@link CommandText}. */
    SimulatedCall named(String name, SimulatedCall call) {
        names.put(config.callIdPrefix() + "-" + call.uniqueid(), name);
        return call;
    }

    SimulatedCall place(String name, String caller, String exten) {
        return named(name, simulator.pbx().placeCall(new CallSpec(caller, exten, "from-pstn", Map.of())));
    }

    /**
     * Places and hangs up a fence call, then returns every command submitted before the fence's own offer and end,
     * as text. Since the adapter keeps PBX order, everything the PBX said before the fence has been submitted.
     */
    List<String> commandsUpToFence() throws InterruptedException {
        String fence = "fence" + (++fences);
        SimulatedCall call = place(fence, "99999", "9999");
        call.hangup();
        String fenceId = config.callIdPrefix() + "-" + call.uniqueid();
        List<CentreGateway.Submitted> taken = gateway.takeThrough(
                c -> c instanceof EndCall e && e.callId().equals(fenceId), 60);
        for (CentreGateway.Submitted s : taken) {
            assertThat(s.outcome().accepted()).as("core accepts %s", s.command()).isTrue();
        }
        return taken.stream().map(s -> CommandText.of(s.command(), names))
                .filter(text -> !text.contains(" " + fence + " ")).toList();
    }

    @Override
    public void close() {
        adapter.close();
        simulator.close();
    }
}
