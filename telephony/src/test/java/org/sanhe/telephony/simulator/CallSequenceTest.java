package org.sanhe.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.ami.AmiPacket;

/** The simulator writes the event sequences Asterisk 20 writes for a queued call (ami-protocol.md), noise aside. */
class CallSequenceTest {

    private static final Set<String> NOISE = Set.of("VarSet", "Newexten", "DeviceStateChange", "MusicOnHoldStart",
            "MusicOnHoldStop", "RTCPSent");

    private final VirtualScheduler clock = new VirtualScheduler(1_764_000_000_000L);
    private final SimulatedPbx pbx = new SimulatedPbx(clock);
    private final List<AmiPacket> events = new ArrayList<>();

    @BeforeEach
    void tap() {
        pbx.wireTap((event, nanos) -> events.add(event));
    }

    @Test
    void answeredThroughTheQueueThenCallerHangsUp() {
        SimulatedCall call = pbx.placeCall(new CallSpec("13800000001", "110", "from-pstn", Map.of("A", "1")));
        call.queue("q110");
        call.ring("PJSIP/1001");
        call.answer();
        call.hangup();

        assertThat(significant()).containsExactly("Newchannel", "Newstate", "QueueCallerJoin",
                "Newchannel", "AgentCalled", "DialBegin", "Newstate", "NewConnectedLine",
                "Newstate", "DialEnd", "QueueCallerLeave", "AgentConnect", "BridgeCreate", "BridgeEnter", "BridgeEnter",
                "HangupRequest", "BridgeLeave", "AgentComplete", "Hangup", "BridgeLeave", "BridgeDestroy",
                "SoftHangupRequest", "Hangup", "Cdr");
        AmiPacket complete = first("AgentComplete");
        assertThat(complete.get("Reason")).isEqualTo("caller");
        assertThat(complete.get("Uniqueid")).isEqualTo(call.uniqueid());
        assertThat(complete.get("DestLinkedid")).isEqualTo(call.uniqueid());
        assertThat(first("Hangup").get("Cause-txt")).isEqualTo("Normal Clearing");
        assertThat(first("DialEnd").get("DialStatus")).isEqualTo("ANSWER");
        assertThat(events).allSatisfy(e -> assertThat(e.get("Privilege")).endsWith(",all"));
        assertThat(pbx.liveChannels()).isZero();
    }

    @Test
    void callerAbandonsWhileAnAgentRings() {
        SimulatedCall call = pbx.placeCall(new CallSpec(null, "119", "from-pstn", Map.of()));
        call.queue("q119");
        clock.advance(7_000);
        call.ring("PJSIP/1002");
        events.clear();
        call.hangup();

        assertThat(significant()).containsExactly("HangupRequest", "DialEnd", "Hangup", "QueueCallerAbandon",
                "QueueCallerLeave", "Hangup", "Cdr");
        assertThat(first("DialEnd").get("DialStatus")).isEqualTo("CANCEL");
        assertThat(first("QueueCallerAbandon").get("HoldTime")).isEqualTo("7");
        assertThat(first("Cdr").get("Disposition")).isEqualTo("ANSWERED");
        assertThat(first("Newchannel")).isNull();
    }

    @Test
    void ringNoAnswerKeepsTheCallerQueued() {
        SimulatedCall call = pbx.placeCall(new CallSpec("1", "110", "from-pstn", Map.of()));
        call.queue("q110");
        call.ring("PJSIP/1001");
        events.clear();
        call.noAnswer();

        assertThat(significant()).containsExactly("AgentRingNoAnswer", "DialEnd", "Hangup");
        assertThat(first("DialEnd").get("DialStatus")).isEqualTo("NOANSWER");
        assertThat(call.stage()).isEqualTo(SimulatedCall.Stage.QUEUED);
    }

    private List<String> significant() {
        return events.stream().map(AmiPacket::eventName).filter(name -> !NOISE.contains(name)).toList();
    }

    private AmiPacket first(String name) {
        return events.stream().filter(e -> name.equals(e.eventName())).findFirst().orElse(null);
    }
}
