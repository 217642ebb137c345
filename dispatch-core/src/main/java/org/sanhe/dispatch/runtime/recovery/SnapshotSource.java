package org.sanhe.dispatch.runtime.recovery;

import java.util.Optional;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.journal.JournalPosition;

/**
 * Where recovery, or a reader of the journal, may start from instead of the journal's beginning. Each call restores
 * a new centre, which the caller owns.
 */
@FunctionalInterface
public interface SnapshotSource {

    SnapshotSource NONE = Optional::empty;

    /** The newest usable snapshot: a centre as of a journal position. */
    Optional<Restored> latest();

    /**
     * The newest usable snapshot whose recorded position (sequence, timestamp) {@code where} accepts. A source that
     * keeps one snapshot only tests its latest.
     */
    default Optional<Restored> newest(Predicate<JournalPosition> where) {
        return latest().filter(r -> where.test(r.position()));
    }

    /** The newest usable snapshot taken at or before {@code sequence}. */
    default Optional<Restored> atOrBefore(long sequence) {
        return newest(p -> p.sequence() <= sequence);
    }

    /**
     * The newest usable snapshot whose last command was stamped at or before the instant (epoch milliseconds). The
     * sequencer stamps commands in non-decreasing time, so every command up to that snapshot was stamped at or before
     * the instant too: a replay "up to the instant" passes through it.
     */
    default Optional<Restored> atOrBeforeInstant(long epochMillis) {
        return newest(p -> p.timestamp() <= epochMillis);
    }

    /** A centre restored as it stood right after the entry at {@code position}. */
    record Restored(Centre centre, JournalPosition position) {
    }
}
