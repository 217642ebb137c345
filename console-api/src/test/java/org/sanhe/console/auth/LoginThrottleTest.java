package org.sanhe.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.stubs.ManualClock;

class LoginThrottleTest {

    final ManualClock clock = new ManualClock(1_000_000);
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottling(2, Duration.ofSeconds(10)), clock);

    @Test
    void locksANameAfterTheFailuresAndOnlyThatName() {
        throttle.failed("Ann");
        assertThat(throttle.retryAfterMillis("ann")).isZero();
        throttle.failed("ann ");

        assertThat(throttle.retryAfterMillis("ANN")).isEqualTo(10_000);
        assertThat(throttle.retryAfterMillis("bob")).isZero();
        clock.advance(4_000);
        assertThat(throttle.retryAfterMillis("ann")).isEqualTo(6_000);
    }

    @Test
    void afterTheLockoutOneMoreFailureLocksAgainAndASuccessForgives() {
        throttle.failed("ann");
        throttle.failed("ann");
        clock.advance(10_000);
        assertThat(throttle.retryAfterMillis("ann")).isZero();

        throttle.failed("ann");
        assertThat(throttle.retryAfterMillis("ann")).isEqualTo(10_000);

        throttle.succeeded("ann");
        assertThat(throttle.retryAfterMillis("ann")).isZero();
    }

    @Test
    void theTableForgetsExpiredNamesWhenItIsFull() {
        for (int i = 0; i < LoginThrottle.MAX_NAMES; i++) {
            throttle.failed("user" + i);
        }
        clock.advance(10_000);
        throttle.failed("last");
        throttle.failed("last");
        assertThat(throttle.retryAfterMillis("last")).isEqualTo(10_000);
        assertThat(throttle.size()).isEqualTo(1);
    }
}
