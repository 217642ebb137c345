package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.simulator.Scenario;
import org.sanhe.telephony.simulator.ScenarioPlayer;

/**
 * Calls that the PBX carries while the journal refuses every command (its disk is full) reach the core once the
 * journal takes commands again: the same commands, in the same order, as if nothing had happened, and none twice.
 */
class JournalRefusalTest {

    @Test
    void callsDuringAFullJournalAreDeliveredInOrderWhenItTakesCommandsAgain() throws Exception {
        try (AdapterFixture fixture = new AdapterFixture("/adapter/telephony-test.yaml")) {
            String yaml = AdapterFixture.resource("/scenarios/three-lines-and-noise.yaml");
            List<String> expected = AdapterFixture.expected(yaml);
            fixture.gateway.refuse(true);

            ScenarioPlayer player = new ScenarioPlayer(fixture.simulator.pbx());
            player.play(Scenario.parse(yaml));
            fixture.clock.runUntilIdle();
            player.calls().forEach(fixture::named);
            await(() -> fixture.adapter.health().commandsHeld() == expected.size(), "every command held");

            assertThat(fixture.gateway.refused()).as("the journal refused the first command").isPositive();
            assertThat(fixture.gateway.history()).as("nothing reached the core while it refused").isEmpty();

            fixture.gateway.refuse(false);
            List<String> commands = fixture.commandsUpToFence();

            assertThat(commands).containsExactlyElementsOf(expected);
            // the feed forgets the fence's end just after the core applied it
            await(() -> fixture.adapter.health().commandsHeld() == 0, "nothing held any more");
            assertThat(fixture.adapter.health().commandsDropped()).isZero();
        }
    }

    @Test
    void aCallStartedBeforeTheJournalFilledUpIsAnsweredAndEndedAfterwards() throws Exception {
        try (AdapterFixture fixture = new AdapterFixture("/adapter/telephony-test.yaml")) {
            var call = fixture.place("early", "13800000077", "110");
            call.queue("q110");
            fixture.clock.runUntilIdle();
            assertThat(fixture.commandsUpToFence()).containsExactly("offer early line=110 caller=13800000077");

            fixture.gateway.refuse(true);
            call.ring("PJSIP/1001");
            call.answer();
            call.hangup();
            fixture.clock.runUntilIdle();
            await(() -> fixture.adapter.health().commandsHeld() == 2, "answer and end held");
            fixture.gateway.refuse(false);

            assertThat(fixture.commandsUpToFence()).containsExactly("answer early by=calltaker1",
                    "end early cause=Normal Clearing");
        }
    }

    /** Waits for a condition the adapter's thread brings about, up to 30 s. */
    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("timed out waiting for: " + what).isNegative();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
