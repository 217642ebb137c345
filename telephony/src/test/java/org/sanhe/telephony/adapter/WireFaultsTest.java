package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.simulator.SimulatedCall;
import org.sanhe.telephony.simulator.WireFaults;

/**
 * Bad bytes on the AMI link between calls: garbage, an oversized header, an unknown event, malformed packets, and a
 * dropped connection among them. The adapter logs and carries on (or reconnects and re-syncs): every call is offered
 * once and finished once (callers hang up while queued here: abandoned).
 */
class WireFaultsTest {

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
    void noCallIsLostOrDoubledWhateverComesDownTheLink() throws Exception {
        List<Supplier<byte[]>> faults = List.of(() -> WireFaults.garbage(1, 4096),
                () -> WireFaults.oversizedHeader(1 << 20), () -> WireFaults.unknownEvent(1),
                WireFaults::malformedPacket, () -> WireFaults.garbage(2, 64));
        List<String> expected = new ArrayList<>();
        int n = 0;
        for (Supplier<byte[]> fault : faults) {
            SimulatedCall before = fixture.place("c" + (++n), "1380000" + n, "110");
            before.queue("q110");
            fixture.simulator.injectRaw(fault.get());
            before.hangup();
            expected.add("offer c" + n + " line=110 caller=1380000" + n);
            expected.add("abandon c" + n + " held=0");
        }
        fixture.simulator.dropConnections();
        SimulatedCall after = fixture.place("after", "13900000000", "110");
        after.queue("q110");
        assertThat(fixture.adapter.awaitResyncs(2, Duration.ofSeconds(60))).as("reconnect after the drop").isTrue();
        after.hangup();
        expected.add("offer after line=110 caller=13900000000");
        expected.add("abandon after held=0");

        assertThat(fixture.commandsUpToFence()).containsExactlyElementsOf(expected);
        assertThat(fixture.adapter.health().state()).isEqualTo(LinkState.CONNECTED);
    }
}
