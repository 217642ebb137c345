package org.sanhe.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.runtime.cluster.Await;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * Telephony across a failover: only the leader's adapter feeds the PBX's calls; when the leader's server is closed,
 * the new leader's adapter connects, starts from the calls its replica holds as live and re-syncs with the PBX. Calls
 * placed before, during (while no adapter is logged in) and after the change each reach the core once, in the state
 * the PBX has them; a call that ended during the gap is ended as lost.
 */
class ClusterTelephonyTest {

    private static final int BASE_PORT = 23200;

    @TempDir
    Path root;

    @Test
    void theNewLeadersAdapterCatchesUpWithThePbxAndNoCallIsLostOrDoubled() throws Exception {
        try (ThreeServers three = ThreeServers.start(root, BASE_PORT)) {
            int leader = three.awaitOneLeader();
            assertThat(three.server(leader).telephony().awaitResyncs(1, Duration.ofSeconds(60))).isTrue();
            assertThat(three.running().stream().filter(id -> three.server(id).telephony() != null))
                    .as("only the leader runs an adapter").containsExactly(leader);

            SimulatedCall talking = call(three, "13800000001", "110");
            talking.ring("PJSIP/1001");
            talking.answer();
            SimulatedCall waiting = call(three, "13800000002", "119");
            SimulatedCall over = call(three, "13800000003", "122");
            over.ring("PJSIP/1002");
            over.answer();
            over.hangup();
            awaitStates(three, Map.of(talking, CallState.ANSWERED, waiting, CallState.QUEUED,
                    over, CallState.ENDED));

            SimulatedCall[] during = new SimulatedCall[1];
            three.pbx().outage(() -> {
                three.stop(leader);
                talking.hangup();
                waiting.ring("PJSIP/1003");
                waiting.answer();
                during[0] = call(three, "13800000004", "110");
                three.awaitOneLeader();
            });
            int next = three.awaitOneLeader();
            ServerAssembly now = three.server(next);
            Await.until("the new leader's adapter re-synced", () -> now.telephony() != null
                    && now.telephony().health().resyncs() >= 1);
            SimulatedCall afterwards = call(three, "13800000005", "119");
            afterwards.ring("PJSIP/1001");
            afterwards.answer();
            afterwards.hangup();

            Map<String, Seen> calls = awaitStates(three, Map.of(talking, CallState.ENDED,
                    waiting, CallState.ANSWERED, over, CallState.ENDED, during[0], CallState.QUEUED,
                    afterwards, CallState.ENDED));
            assertThat(calls.get(talking.uniqueid()).endCause()).as("ended while no adapter listened")
                    .contains("lost");
            three.awaitSameFingerprint();
        }
    }

    /** A caller on {@code line} waiting in its queue. */
    private static SimulatedCall call(ThreeServers three, String number, String line) {
        SimulatedCall call = three.pbx().pbx().placeCall(new CallSpec(number, line, "from-pstn",
                Map.of("EMERGENCY_LINE", line)));
        call.queue("q" + line);
        return call;
    }

    /** What the test compares of a call, copied on the core's thread. */
    private record Seen(String channelId, CallState state, String endCause) {
    }

    /**
     * Waits until every running member's core holds each simulator call exactly once, in the given state, and
     * returns the calls by PBX uniqueid.
     */
    private static Map<String, Seen> awaitStates(ThreeServers three, Map<SimulatedCall, CallState> expected) {
        return Await.value("every simulator call once in each core, as the PBX has it: " + expected.values(), () -> {
            Map<String, Seen> seen = null;
            for (int id : three.running()) {
                List<Seen> calls = read(three.server(id));
                Map<String, Seen> byChannel = new HashMap<>();
                for (Seen c : calls) {
                    if (byChannel.put(c.channelId(), c) != null) {
                        throw new AssertionError("member " + id + " holds channel " + c.channelId() + " twice");
                    }
                }
                for (Map.Entry<SimulatedCall, CallState> e : expected.entrySet()) {
                    Seen c = byChannel.get(e.getKey().uniqueid());
                    if (c == null || c.state() != e.getValue()) {
                        return null;
                    }
                }
                seen = byChannel;
            }
            return seen;
        });
    }

    private static List<Seen> read(ServerAssembly server) {
        try {
            return server.runtime().read(centre -> centre.calls().all().stream()
                    .map(c -> new Seen(c.channelId(), c.state(), c.endCause())).toList()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
