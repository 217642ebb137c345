package org.sanhe.dispatch.runtime.cluster;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.dispatch.runtime.journal.EntryCodec;
import org.sanhe.dispatch.runtime.journal.Journal;
import org.sanhe.dispatch.runtime.journal.JournalPosition;
import org.sanhe.dispatch.runtime.journal.JournalQueue;
import org.sanhe.dispatch.runtime.journal.JournalReader;
import org.sanhe.dispatch.runtime.recovery.JournalCorruptedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member's Chronicle journal, written from the applied log, and the hash chain's head as replicated state.
 *
 * <p>The chain head is computed for every applied command whether or not it is written ({@link EntryCodec}, the
 * journal's own layout), so it is the same on every member and travels in the snapshot. The file is keyed by the
 * command's sequence, which the log position determines (one sequence per applied session message or timer, in log
 * order): when a restarted member replays its log (from its snapshot or the start), the commands its journal already
 * holds are not written again, and at the journal's last entry the replayed chain head must equal the stored link.
 * A difference means this member's journal and the cluster's log disagree: it is reported at ERROR, {@link
 * #diverged()} turns true, and nothing more is written to the file (the in-memory chain goes on with the log's).
 * A journal that ends before the snapshot the member restarted from (its directory was lost) is reported the same
 * way and not written: restore it from another member's copy.
 *
 * <p>Chronicle names its files by the time it reads: here the stamp of the command being written, so every member
 * writes the same files. Used on the service's thread only.
 */
final class ReplicaJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaJournal.class);

    private final JournalQueue queue;
    private final Journal writer;
    private final JournalPosition stored;
    /** The time Chronicle reads: the stamp of the command being written. */
    private final long[] clock;
    private final EntryCodec codec = new EntryCodec();
    private long now;
    private long sequence;
    private byte[] head = EntryCodec.GENESIS;
    private volatile boolean diverged;
    private volatile String headHex = HexFormat.of().formatHex(EntryCodec.GENESIS);

    private ReplicaJournal(JournalQueue queue, long[] clock, JournalPosition stored) {
        this.queue = queue;
        this.clock = clock;
        this.stored = stored;
        this.writer = queue.writer(Durability.MAPPED, stored);
    }

    /**
     * Opens the journal in {@code dir} and reads it to its end.
     *
     * @throws JournalCorruptedException when its chain is broken
     */
    static ReplicaJournal open(Path dir) {
        long[] clock = {0};
        JournalQueue queue = JournalQueue.open(dir, () -> clock[0]);
        JournalReader.Scan scan;
        try (JournalReader reader = queue.reader()) {
            scan = reader.scan(entry -> { });
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
        if (!scan.chainOk()) {
            queue.close();
            throw new JournalCorruptedException(scan);
        }
        return new ReplicaJournal(queue, clock, scan.last());
    }

    /** Continues the chain from a snapshot taken after {@code sequence}, whose chain head was {@code link}. */
    void restore(long sequence, byte[] link) {
        this.sequence = sequence;
        this.head = link.clone();
        headHex = HexFormat.of().formatHex(head);
        if (sequence == stored.sequence()) {
            compare();
        } else if (sequence > stored.sequence()) {
            diverge("the journal ends at sequence " + stored.sequence() + ", before the snapshot at " + sequence
                    + " this member restarted from: it is not written any more; restore it from another member's");
        }
    }

    /** Chains (and, when new and not diverged, writes) the command applied at {@code sequence}. */
    void record(long sequence, long timestamp, Actor actor, Command command) {
        if (sequence != this.sequence + 1) {
            throw new IllegalStateException("sequence " + sequence + " does not follow " + this.sequence);
        }
        if (sequence > stored.sequence() && !diverged) {
            clock[0] = timestamp;
            try {
                head = writer.append(sequence, timestamp, actor, command).link();
            } catch (RuntimeException e) {
                diverge("the journal could not be written at sequence " + sequence + ": " + e.getMessage());
                head = link(sequence, timestamp, actor, command);
            }
        } else {
            head = link(sequence, timestamp, actor, command);
        }
        this.sequence = sequence;
        headHex = HexFormat.of().formatHex(head);
        if (sequence == stored.sequence()) {
            compare();
        }
    }

    private byte[] link(long sequence, long timestamp, Actor actor, Command command) {
        BinaryOut entry = codec.encode(sequence, timestamp, actor, command, head);
        return Arrays.copyOfRange(entry.array(), entry.length() - EntryCodec.LINK_BYTES, entry.length());
    }

    private void compare() {
        if (!MessageDigest.isEqual(head, stored.link())) {
            diverge("at sequence " + sequence + " the log's chain head is " + headHex + " but the journal holds "
                    + HexFormat.of().formatHex(stored.link()));
        }
    }

    private void diverge(String problem) {
        diverged = true;
        LOG.error("JOURNAL DIVERGED from the cluster's log: {}", problem);
    }

    /** The chain head after the last applied command (replicated state; on the service's thread). */
    byte[] head() {
        return head;
    }

    /** The chain head in hex: from any thread. */
    String headHex() {
        return headHex;
    }

    /** Whether this member's journal file disagrees with the log (from any thread). */
    boolean diverged() {
        return diverged;
    }

    @Override
    public void close() {
        writer.close();
        queue.close();
    }
}
