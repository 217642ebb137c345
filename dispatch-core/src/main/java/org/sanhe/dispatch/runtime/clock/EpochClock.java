package org.sanhe.dispatch.runtime.clock;

/** Milliseconds since the epoch. Implementations must be thread-safe. */
@FunctionalInterface
public interface EpochClock {

    long millis();

    /** The system's wall clock. */
    static EpochClock system() {
        return System::currentTimeMillis;
    }
}
