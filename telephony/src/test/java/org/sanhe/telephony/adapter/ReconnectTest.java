package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * The link to the PBX fails mid-call. Asterisk-Java reconnects by itself; the adapter re-syncs so that calls that
 * ended during the outage are ended, calls that began are offered, and nothing is lost or doubled.
 */
class ReconnectTest {

    private AdapterFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-test.yaml");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void callsEndedOrBegunDuringAnOutageAreReconciledOnce() throws Exception {
        SimulatedCall talking = fixture.place("talking", "13800000001", "110");
        talking.queue("q110");
        talking.ring("PJSIP/1001");
        talking.answer();
        SimulatedCall waiting = fixture.place("waiting", "13800000002", "110");
        waiting.queue("q110");
        SimulatedCall stays = fixture.place("stays", "13800000003", "110");
        stays.queue("q110");
        SimulatedCall dialplan = fixture.place("dialplan", "13800000004", "110");
        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer talking line=110 caller=13800000001",
                "answer talking by=calltaker1",
                "offer waiting line=110 caller=13800000002",
                "offer stays line=110 caller=13800000003");

        AtomicReference<SimulatedCall> begun = new AtomicReference<>();
        AtomicReference<SimulatedCall> answeredDuring = new AtomicReference<>();
        fixture.simulator.outage(() -> {
            talking.hangup();
            waiting.ring("PJSIP/1002");
            waiting.answer();
            dialplan.hangup();
            SimulatedCall fresh = fixture.place("begun", null, "119");
            fresh.queue("q119");
            begun.set(fresh);
            SimulatedCall quick = fixture.place("quick", "13800000005", "96119");
            quick.queue("q119");
            quick.ring("PJSIP/1003");
            quick.answer();
            answeredDuring.set(quick);
        });
        assertThat(fixture.adapter.awaitResyncs(2, Duration.ofSeconds(60))).as("re-sync after reconnect").isTrue();

        assertThat(fixture.commandsUpToFence()).containsExactly(
                "end talking cause=" + CallTracker.LOST_CAUSE,
                "answer waiting by=calltaker2",
                "offer dialplan line=110 caller=13800000004",
                "end dialplan cause=" + CallTracker.LOST_CAUSE,
                "offer begun line=119 caller=withheld",
                "offer quick line=119 caller=13800000005",
                "answer quick by=calltaker3");

        begun.get().ring("PJSIP/1001");
        begun.get().answer();
        begun.get().hangup();
        waiting.hangup();
        stays.hangup();
        answeredDuring.get().agentHangup();
        assertThat(fixture.commandsUpToFence()).containsExactly(
                "answer begun by=calltaker1",
                "end begun cause=Normal Clearing",
                "end waiting cause=Normal Clearing",
                "abandon stays held=0",
                "end quick cause=Normal Clearing");
        assertThat(fixture.gateway.drain()).isEmpty();
        assertThat(fixture.adapter.health().connects()).isEqualTo(2);
    }

    @Test
    void callBegunDuringOutageIsOfferedWithItsVariablesDespiteSlowResponses() throws Exception {
        AtomicReference<SimulatedCall> begun = new AtomicReference<>();
        fixture.simulator.slowResponses(200);
        fixture.simulator.outage(() -> {
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("EMERGENCY_LINE", "122");
            vars.put("AML_RADIUS", "25");
            vars.put("AML_LAT", "34.2301");
            vars.put("AML_LON", "108.9102");
            SimulatedCall call = fixture.named("crash", fixture.simulator.pbx()
                    .placeCall(new CallSpec("13800000009", "8122", "from-pstn", vars)));
            call.queue("q122");
            begun.set(call);
        });
        assertThat(fixture.adapter.awaitResyncs(2, Duration.ofSeconds(60))).isTrue();
        fixture.simulator.slowResponses(0);

        begun.get().hangup();
        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer crash line=122 caller=13800000009 at=34.2301,108.9102~25m",
                "abandon crash held=0");
    }

    @Test
    void droppedLinkWithoutLostEventsChangesNothing() throws Exception {
        SimulatedCall call = fixture.place("call", "13800000001", "110");
        call.queue("q110");
        assertThat(fixture.commandsUpToFence()).containsExactly("offer call line=110 caller=13800000001");

        fixture.simulator.dropConnections();
        assertThat(fixture.adapter.awaitResyncs(2, Duration.ofSeconds(60))).isTrue();
        call.ring("PJSIP/1001");
        call.answer();
        call.hangup();

        List<String> after = fixture.commandsUpToFence();
        assertThat(after).containsExactly("answer call by=calltaker1", "end call cause=Normal Clearing");
    }
}
