package org.sanhe.dispatch.time;

/** Milliseconds since the epoch. Implementations must be thread-safe. */
@FunctionalInterface
public interface EpochClock {

    long millis();

    /** The system's wall clock. */
    static EpochClock system() {
        return System::currentTimeMillis;
    }
}
