package org.sanhe.dispatch.runtime;

import java.nio.file.Path;
import java.util.Objects;
import org.sanhe.dispatch.runtime.journal.Durability;

/**
 * How to run the core.
 *
 * @param journalDir    the Chronicle queue directory
 * @param durability    when an append counts as done
 * @param snapshotDir   where snapshots go, or null for none
 * @param snapshotEvery take a snapshot every this many commands (0: never)
 * @param ringSize      the sequencer's ring, a power of two
 * @param runTimers     whether to start the timer agent's thread (tests drive it by hand)
 */
public record RuntimeOptions(Path journalDir, Durability durability, Path snapshotDir, long snapshotEvery,
                             int ringSize, boolean runTimers) {

    public RuntimeOptions {
        Objects.requireNonNull(journalDir, "journalDir");
        Objects.requireNonNull(durability, "durability");
        if (Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("ringSize must be a power of two, was " + ringSize);
        }
    }

    /** Mapped durability, no snapshots, a 64k ring, timers running. */
    public static RuntimeOptions defaults(Path journalDir) {
        return new RuntimeOptions(journalDir, Durability.MAPPED, null, 0, 1 << 16, true);
    }

    public RuntimeOptions withDurability(Durability d) {
        return new RuntimeOptions(journalDir, d, snapshotDir, snapshotEvery, ringSize, runTimers);
    }

    public RuntimeOptions withSnapshots(Path dir, long every) {
        return new RuntimeOptions(journalDir, durability, dir, every, ringSize, runTimers);
    }

    public RuntimeOptions withoutTimerThread() {
        return new RuntimeOptions(journalDir, durability, snapshotDir, snapshotEvery, ringSize, false);
    }
}
