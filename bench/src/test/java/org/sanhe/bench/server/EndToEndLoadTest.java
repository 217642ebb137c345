package org.sanhe.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The end-to-end harness, CI-sized: a few seconds at a low call rate with a few consoles, asserting only what must
 * hold on any machine (every console got every call once, its end once, no API failure); no timing thresholds.
 */
class EndToEndLoadTest {

    @Test
    void everyConsoleSeesEveryCallOnceAndTheDeskWorksThem() throws Exception {
        LoadStep.Settings settings = new LoadStep.Settings(5, 4, 0, 200, 0, 7, 1, 2, null);

        StepResult r = LoadStep.run(20, settings);

        assertThat(r.calls().placed).isEqualTo(80);
        assertThat(r.calls().lost).as("calls some console never saw offered or ended").isZero();
        assertThat(r.calls().doubled).as("calls some console saw twice").isZero();
        assertThat(r.calls().cut).as("consoles cut loose").isZero();
        long queued = 80 - r.calls().neverJoined;
        assertThat(r.calls().perDelivery.getTotalCount()).as("deliveries timed: every queued call, every console,"
                        + " but for calls a console saw before the simulator's thread noted the join")
                .isBetween(5L * (queued - r.calls().tapLate), 5L * queued);
        assertThat(r.failures()).as("API failures %s", r.apiFailures()).isZero();
        assertThat(r.api().get("open").getTotalCount()).isPositive();
        assertThat(r.api().get("assign").getTotalCount()).isPositive();
        assertThat(r.droppedEvents()).isZero();
    }
}
