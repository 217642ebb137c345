package org.sanhe.dispatch.runtime.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.agrona.concurrent.SleepingMillisIdleStrategy;

/**
 * Waiting for a condition in tests: poll it until it holds, failing with what was awaited at a generous deadline.
 * A deadline, never a timing threshold: a slow machine waits longer, it does not fail.
 */
public final class Await {

    public static final Duration DEADLINE = Duration.ofSeconds(90);

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        value(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Polls until {@code value} gives non-null, and returns it. */
    public static <T> T value(String what, Supplier<T> value) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        SleepingMillisIdleStrategy idle = new SleepingMillisIdleStrategy(5);
        while (true) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + DEADLINE.toSeconds() + " s: " + what);
            }
            idle.idle();
        }
    }
}
