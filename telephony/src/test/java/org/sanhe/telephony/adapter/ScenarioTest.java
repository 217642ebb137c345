package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanhe.telephony.simulator.Scenario;
import org.sanhe.telephony.simulator.ScenarioPlayer;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * Each YAML scenario, played by the simulator over real TCP to the unmodified Asterisk-Java client, yields exactly
 * the commands listed under its {@code expect:} key, in order, and the core accepts every one.
 */
class ScenarioTest {

    private static AdapterFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-test.yaml");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"answered-through-queue", "abandoned-in-queue", "hangup-before-queue", "ring-no-answer",
        "three-lines-and-noise", "other-contexts"})
    void scenarioYieldsExactlyTheExpectedCommands(String name) throws Exception {
        String yaml = AdapterFixture.resource("/scenarios/" + name + ".yaml");
        ScenarioPlayer player = new ScenarioPlayer(fixture.simulator.pbx());
        player.play(Scenario.parse(yaml));
        fixture.clock.runUntilIdle();
        player.calls().forEach((callName, call) -> fixture.named(callName, call));

        List<String> commands = fixture.commandsUpToFence();

        assertThat(commands).containsExactlyElementsOf(AdapterFixture.expected(yaml));
        assertThat(player.calls().values()).extracting(SimulatedCall::stage)
                .containsOnly(SimulatedCall.Stage.ENDED);
        assertThat(fixture.adapter.health().droppedEvents()).isZero();
    }
}
