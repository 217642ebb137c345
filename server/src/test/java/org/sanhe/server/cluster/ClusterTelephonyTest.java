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
 * Telephony across a failover: every member's adapter follows the PBX; the leader's submits, the followers' keep
 * their commands in standby until their replica applies the same facts. When the leader's server is closed, calls
 * that ring and end, and calls answered, before a new leader is elected are seen by the followers' adapters and
 * submitted by the new leader's; calls that change while the PBX link is down too are caught up by the new leader's
 * re-sync (a call that ended then is ended as lost). Every call reaches every member's core once, in the state the
 * PBX has it.
 */
class ClusterTelephonyTest {

    private static final int BASE_PORT = 23200;

    @TempDir
    Path root;

    @Test
    void theFollowersAdaptersKeepWhatThePbxDidWhileNoLeaderListenedAndNoCallIsLostOrDoubled() throws Exception {
        try (ThreeServers three = ThreeServers.start(root, BASE_PORT)) {
            int leader = three.awaitOneLeader();
            for (int id : three.running()) {
                assertThat(three.server(id).telephony().awaitResyncs(1, Duration.ofSeconds(60)))
                        .as("member %d's adapter is logged in", id).isTrue();
            }
            Await.until("only the leader's adapter submits", () -> three.running().stream()
                    .allMatch(id -> three.server(id).telephony().health().standby() == (id != leader)));

            SimulatedCall talking = call(three, "13800000001", "110");
            talking.ring("PJSIP/1001");
            talking.answer();
            SimulatedCall waiting = call(three, "13800000002", "119");
            SimulatedCall shortTalk = call(three, "13800000006", "110");
            SimulatedCall over = call(three, "13800000003", "122");
            over.ring("PJSIP/1002");
            over.answer();
            over.hangup();
            awaitStates(three, Map.of(talking, CallState.ANSWERED, waiting, CallState.QUEUED,
                    shortTalk, CallState.QUEUED, over, CallState.ENDED));

            three.stop(leader);
            SimulatedCall brief = call(three, "13800000007", "110");
            brief.hangup();
            waiting.ring("PJSIP/1003");
            waiting.answer();
            shortTalk.ring("PJSIP/1004");
            shortTalk.answer();
            shortTalk.hangup();
            SimulatedCall[] during = new SimulatedCall[1];
            three.pbx().outage(() -> {
                talking.hangup();
                during[0] = call(three, "13800000004", "110");
                three.awaitOneLeader();
            });
            int next = three.awaitOneLeader();
            ServerAssembly now = three.server(next);
            Await.until("the new leader's adapter submits and re-synced after the outage", () ->
                    !now.telephony().health().standby() && now.telephony().health().resyncs() >= 2);
            SimulatedCall afterwards = call(three, "13800000005", "119");
            afterwards.ring("PJSIP/1001");
            afterwards.answer();
            afterwards.hangup();

            Map<String, Seen> calls = awaitStates(three, Map.of(talking, CallState.ENDED,
                    waiting, CallState.ANSWERED, shortTalk, CallState.ENDED, brief, CallState.ABANDONED,
                    over, CallState.ENDED, during[0], CallState.QUEUED, afterwards, CallState.ENDED));
            assertThat(calls.get(talking.uniqueid()).endCause()).as("ended while no adapter listened")
                    .contains("lost");
            assertThat(calls.get(shortTalk.uniqueid())).as("answered and ended while no leader listened")
                    .matches(c -> c.answeredBy() != null && !c.endCause().contains("lost"), "answered, not lost");
            assertThat(calls.get(waiting.uniqueid()).answeredBy()).isNotNull();
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
    private record Seen(String channelId, CallState state, String endCause, String answeredBy) {
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
                    .map(c -> new Seen(c.channelId(), c.state(), c.endCause(), c.answeredBy())).toList()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
