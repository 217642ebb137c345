package org.sanhe.telephony.simulator;

import org.sanhe.dispatch.runtime.clock.EpochClock;

/**
 * The simulator's time: its clock and its timers. {@link VirtualScheduler} runs tasks in virtual time on the thread
 * that advances it (tests); {@link RealTimeScheduler} runs them on one thread in wall-clock time (demo, benchmarks).
 * Tasks of one scheduler never run concurrently with each other.
 */
public interface SimScheduler extends EpochClock {

    /** Runs the task once, {@code delayMillis} from now (0: as soon as possible, after earlier tasks due now). */
    void schedule(long delayMillis, Runnable task);
}
