package org.sanhe.dispatch.runtime.recovery;

import java.nio.file.Path;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.runtime.journal.JournalPosition;
import org.sanhe.dispatch.runtime.journal.JournalReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuilds the centre at start-up. Runs once, on the starting thread, before the sequencer starts. */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private static final long PROGRESS_EVERY = 1_000_000;
    private static final EventSink DISCARD = event -> { };

    private Recovery() {
    }

    /**
     * The recovered state.
     *
     * @param centre       the centre as of {@code end}
     * @param end          the journal's last entry: the sequencer continues after it
     * @param snapshotAt   the sequence of the snapshot it started from, 0 when it replayed from the start
     * @param replayed     journal entries applied
     */
    public record Recovered(Centre centre, JournalPosition end, long snapshotAt, long replayed) {
    }

    /** Snapshot (if any) plus the journal after it. Throws {@link JournalCorruptedException} on a broken chain. */
    public static Recovered recover(Path journalDir, SnapshotSource snapshots) {
        try (JournalReader reader = JournalReader.open(journalDir)) {
            return recover(reader, snapshots);
        }
    }

    /** The same, reading through a reader the caller owns. */
    public static Recovered recover(JournalReader reader, SnapshotSource snapshots) {
        SnapshotSource.Restored start = snapshots.latest().orElse(null);
        Centre centre = start == null ? new Centre() : start.centre();
        JournalPosition from = start == null ? JournalPosition.empty() : start.position();
        long[] applied = {0};
        ParallelReplay replay = new ParallelReplay(entry -> centre.apply(entry, DISCARD));
        JournalReader.Scan scan;
        try {
            scan = reader.scan(from, entry -> true, entry -> {
                replay.offer(entry);
                if (++applied[0] % PROGRESS_EVERY == 0) {
                    LOG.info("recovery: {} journal entries read, at sequence {}", applied[0], entry.sequence());
                }
            });
        } finally {
            replay.finish();
        }
        if (!scan.chainOk()) {
            throw new JournalCorruptedException(scan);
        }
        LOG.info("recovered to sequence {} ({} entries replayed{})", scan.last().sequence(), applied[0],
                start == null ? " from the start" : " after the snapshot at " + from.sequence());
        return new Recovered(centre, scan.last(), from.sequence(), applied[0]);
    }
}
