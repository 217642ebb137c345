package org.sanhe.dispatch.recovery;

import java.util.Optional;
import org.sanhe.dispatch.centre.Centre;
import org.sanhe.dispatch.journal.JournalPosition;

/** Where recovery may start from instead of the journal's beginning. */
@FunctionalInterface
public interface SnapshotSource {

    SnapshotSource NONE = Optional::empty;

    /** The newest usable snapshot: a centre as of a journal position. */
    Optional<Restored> latest();

    /** The newest usable snapshot taken at or before {@code sequence}. */
    default Optional<Restored> atOrBefore(long sequence) {
        return latest().filter(r -> r.position().sequence() <= sequence);
    }

    /** A centre restored as it stood right after the entry at {@code position}. */
    record Restored(Centre centre, JournalPosition position) {
    }
}
