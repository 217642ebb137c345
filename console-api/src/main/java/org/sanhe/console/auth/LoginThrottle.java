package org.sanhe.console.auth;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/**
 * Counts failed logins per user name (known or not) and says when to refuse. Thread-safe. The table is bounded:
 * when it grows past {@link #MAX_NAMES} names, entries whose lockout has passed are dropped.
 */
public final class LoginThrottle {

    static final int MAX_NAMES = 10_000;

    private record Failures(int count, long lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LoginThrottling policy;
    private final EpochClock clock;

    public LoginThrottle(LoginThrottling policy, EpochClock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Milliseconds until this name may try again, 0 when it may now. */
    public long retryAfterMillis(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < policy.maxFailures()) {
            return 0;
        }
        return Math.max(0, f.lastAt() + policy.lockout().toMillis() - clock.millis());
    }

    public void failed(String username) {
        long now = clock.millis();
        if (failures.size() >= MAX_NAMES) {
            failures.values().removeIf(f -> f.lastAt() + policy.lockout().toMillis() <= now);
        }
        failures.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** Names with failures on record. */
    int size() {
        return failures.size();
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
