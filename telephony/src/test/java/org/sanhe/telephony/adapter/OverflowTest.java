package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * The core stalls while the PBX floods: the adapter's hand-off queue (64 events here) overflows, Asterisk-Java's pump
 * is never blocked, and a re-sync afterwards recovers the call whose events were dropped.
 */
class OverflowTest {

    private AdapterFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-small-queue.yaml");
    }

    @AfterEach
    void stop() {
        fixture.gateway.release();
        fixture.close();
    }

    @Test
    void droppedEventsAreRecoveredByAReSync() throws Exception {
        fixture.gateway.holdNext();
        SimulatedCall first = fixture.place("first", "13800000001", "110");
        first.queue("q110");
        assertThat(fixture.gateway.awaitHolding(30)).as("the agent is stuck in the core").isTrue();
        first.ring("PJSIP/1001");
        first.answer();
        first.hangup();
        SimulatedCall second = fixture.place("second", "13800000002", "110");
        second.queue("q110");
        fixture.simulator.pbx().emitNoise(2_000);
        SimulatedCall lost = fixture.place("third", "13800000003", "110");
        lost.queue("q110");
        fixture.gateway.release();

        assertThat(fixture.adapter.awaitResyncs(2, Duration.ofSeconds(60))).isTrue();
        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer first line=110 caller=13800000001",
                "answer first by=calltaker1",
                "end first cause=Normal Clearing",
                "offer second line=110 caller=13800000002",
                "offer third line=110 caller=13800000003");
        assertThat(fixture.adapter.health().droppedEvents()).isPositive();
    }
}
