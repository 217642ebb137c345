package org.sanhe.dispatch.runtime.clock;

/**
 * Milliseconds since the epoch: the one clock type of the system. The sequencer stamps commands with it, and every
 * adapter (telephony, the PBX simulator, the console, the server's demo agents) is given one rather than reading
 * the system's time, so tests set it and a benchmark can drive it. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface EpochClock {

    long millis();

    /** The system's wall clock. */
    static EpochClock system() {
        return System::currentTimeMillis;
    }
}
