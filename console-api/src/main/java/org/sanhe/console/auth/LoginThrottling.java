package org.sanhe.console.auth;

import java.time.Duration;

/**
 * How repeated failed logins are slowed down: after {@code maxFailures} failures in a row for one user name, each
 * further attempt within {@code lockout} of the last failure is refused with 429 without checking the password.
 */
public record LoginThrottling(int maxFailures, Duration lockout) {

    public LoginThrottling {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be positive, was " + maxFailures);
        }
        if (lockout.isNegative()) {
            throw new IllegalArgumentException("lockout must not be negative");
        }
    }

    public static LoginThrottling defaults() {
        return new LoginThrottling(5, Duration.ofSeconds(30));
    }
}
