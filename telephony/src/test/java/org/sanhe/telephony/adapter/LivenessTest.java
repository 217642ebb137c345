package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * A half-open link: the PBX side goes silent without closing the socket. The adapter's pings plus the socket read
 * timeout declare it dead, Asterisk-Java reconnects, and the re-sync offers the call that began while it was silent.
 */
class LivenessTest {

    private AdapterFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-fast-liveness.yaml");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void silentLinkIsDetectedAndCallsBegunMeanwhileAreOffered() throws Exception {
        SimulatedCall before = fixture.place("before", "13800000001", "110");
        before.queue("q110");
        assertThat(fixture.commandsUpToFence()).containsExactly("offer before line=110 caller=13800000001");
        assertThat(fixture.adapter.health().state()).isEqualTo(LinkState.CONNECTED);
        assertThat(fixture.adapter.health().lastEventAt()).isNotNull();

        fixture.simulator.silenceConnections();
        SimulatedCall during = fixture.place("during", "13800000002", "110");
        during.queue("q110");

        assertThat(fixture.adapter.awaitResyncs(2, Duration.ofSeconds(60))).as("reconnect after silence").isTrue();
        assertThat(fixture.commandsUpToFence()).containsExactly("offer during line=110 caller=13800000002");
        assertThat(fixture.adapter.health().connects()).isGreaterThanOrEqualTo(2);
    }
}
