package org.sanhe.dispatch.runtime.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.journal.JournalPosition;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.sequencer.AppliedHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the runtime's snapshots: as the {@link AppliedHook} it encodes the centre every {@code every} commands on
 * the core's thread (the only pause: about 45 ms for the state after a million commands) and hashes and writes the
 * file on its own writer thread (keeping the newest {@value #KEEP}); as the
 * {@link SnapshotSource} it gives recovery (and the journal's readers: stream catch-up, audit) the newest snapshot
 * that restores, falling back to older ones, chosen by sequence or by its recorded position.
 */
public final class SnapshotKeeper implements SnapshotSource, AppliedHook, AutoCloseable {

    static final int KEEP = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotKeeper.class);

    private final SnapshotStore store;
    private final long every;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sanhe-snapshots");
        thread.setDaemon(true);
        return thread;
    });

    public SnapshotKeeper(Path dir, long every) {
        try {
            this.store = new SnapshotStore(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.every = every;
    }

    @Override
    public void applied(Centre centre, long sequence, long journalIndex, byte[] link) {
        if (every <= 0 || sequence % every != 0) {
            return;
        }
        byte[] body = StateCodec.encode(centre);
        long timestamp = centre.lastTimestamp();
        writer.execute(() -> {
            try {
                // the state hash is computed here, from the body decoded again, not on the core's thread: it is
                // two thirds of the cost of a capture (about 100 ms for the state after a million commands)
                String stateHash = StateCodec.decode(body).stateHash();
                store.write(new Snapshot(sequence, timestamp, journalIndex, link, stateHash, body));
                store.retain(KEEP);
            } catch (IOException | RuntimeException e) {
                LOG.error("snapshot at sequence {} could not be written", sequence, e);
            }
        });
    }

    @Override
    public Optional<Restored> latest() {
        return newest(Long.MAX_VALUE, p -> true);
    }

    /**
     * The newest snapshot at or before {@code sequence} that restores. Safe from any thread while snapshots are being
     * written: a file removed meanwhile (only the newest {@value #KEEP} are kept) is passed over for an older one.
     */
    @Override
    public Optional<Restored> atOrBefore(long sequence) {
        return newest(sequence, p -> true);
    }

    /**
     * The newest snapshot whose recorded position {@code where} accepts and that restores; each file tried is read
     * and its digest checked, and only the one chosen is decoded. Safe from any thread, as {@link #atOrBefore}.
     */
    @Override
    public Optional<Restored> newest(Predicate<JournalPosition> where) {
        return newest(Long.MAX_VALUE, where);
    }

    private Optional<Restored> newest(long maxSequence, Predicate<JournalPosition> where) {
        try {
            List<Long> sequences = store.sequences();
            for (int i = sequences.size() - 1; i >= 0; i--) {
                if (sequences.get(i) > maxSequence) {
                    continue;
                }
                Optional<Restored> restored = restore(sequences.get(i), where);
                if (restored.isPresent()) {
                    return restored;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Restored> restore(long sequence, Predicate<JournalPosition> where) {
        try {
            Snapshot s = store.read(sequence);
            JournalPosition position = new JournalPosition(s.sequence(), s.timestamp(), s.journalIndex(),
                    s.chainHash());
            if (!where.test(position)) {
                return Optional.empty();
            }
            return Optional.of(new Restored(Snapshots.restore(s), position));
        } catch (NoSuchFileException e) {
            LOG.debug("snapshot at sequence {} was removed while reading", sequence);
            return Optional.empty();
        } catch (IOException | MalformedRecordException e) {
            LOG.warn("snapshot at sequence {} is not usable, trying an older one: {}", sequence, e.getMessage());
            return Optional.empty();
        }
    }

    /** Waits for snapshots being written, then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
