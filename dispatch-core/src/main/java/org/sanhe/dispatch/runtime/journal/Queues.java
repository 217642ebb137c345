package org.sanhe.dispatch.runtime.journal;

import java.nio.file.Path;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/** How the project opens its Chronicle queues: one place for the roll cycle and the time source. */
final class Queues {

    private Queues() {
    }

    /**
     * A queue in {@code dir}, one file per day. Chronicle names files by the time it reads; giving it our clock makes
     * a run with a fixed clock write the same files.
     */
    static ChronicleQueue open(Path dir, EpochClock clock, boolean readOnly) {
        return builder(dir, clock).readOnly(readOnly).build();
    }

    /** With a small block size (files grow in steps of it): for small journals kept as test fixtures. */
    static ChronicleQueue openSmall(Path dir, EpochClock clock, long blockSize) {
        return builder(dir, clock).blockSize(blockSize).build();
    }

    /** The cycle (day) that an append would write to now: the queue's roll cycle at its clock's time. */
    static int currentCycle(ChronicleQueue queue) {
        return queue.rollCycle().current(queue.time(), 0);
    }

    private static SingleChronicleQueueBuilder builder(Path dir, EpochClock clock) {
        return SingleChronicleQueueBuilder.single(dir.toFile())
                .rollCycle(RollCycles.FAST_DAILY)
                .timeProvider(clock::millis);
    }
}
