package org.sanhe.dispatch.journal;

import java.nio.file.Path;
import java.util.Arrays;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.sanhe.dispatch.codec.BinaryOut;
import org.sanhe.dispatch.command.Actor;
import org.sanhe.dispatch.command.Command;
import org.sanhe.dispatch.time.EpochClock;

/**
 * Appends commands to the journal, chaining each entry to the one before.
 *
 * <p>One writer thread only (the sequencer's journal handler): Chronicle appenders are thread-confined, so the
 * appender is created on the first append. Opened after recovery has read the journal to its end, from the position
 * that recovery found.
 */
public final class Journal implements AutoCloseable {

    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final Durability durability;
    private final EntryCodec codec = new EntryCodec();
    private ExcerptAppender appender;
    private JournalPosition last;

    private Journal(ChronicleQueue queue, boolean ownsQueue, Durability durability, JournalPosition last) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.durability = durability;
        this.last = last;
    }

    /** Opens the journal in {@code dir} for appending after {@code end}, its verified last entry. */
    public static Journal open(Path dir, Durability durability, EpochClock clock, JournalPosition end) {
        return new Journal(Queues.open(dir, clock, false), true, durability, end);
    }

    /** Like {@link #open}, with files growing in blocks of {@code blockSize} bytes: for small fixture journals. */
    public static Journal openSmall(Path dir, EpochClock clock, long blockSize) {
        return new Journal(Queues.openSmall(dir, clock, blockSize), true, Durability.MAPPED, JournalPosition.empty());
    }

    /** Appends to a queue someone else owns and closes. */
    static Journal over(ChronicleQueue queue, Durability durability, JournalPosition end) {
        return new Journal(queue, false, durability, end);
    }

    /**
     * Appends one command. {@code sequence} must follow the last one. Throws when the entry could not be written
     * (e.g. the disk is full); then nothing was appended and the position is unchanged.
     */
    public JournalPosition append(long sequence, long timestamp, Actor actor, Command command) {
        if (sequence != last.sequence() + 1) {
            throw new IllegalArgumentException("sequence " + sequence + " does not follow " + last.sequence());
        }
        BinaryOut entry = codec.encode(sequence, timestamp, actor, command, last.link());
        if (appender == null) {
            appender = queue.createAppender();
        }
        try (DocumentContext dc = appender.writingDocument()) {
            try {
                dc.wire().bytes().write(entry.array(), 0, entry.length());
            } catch (RuntimeException e) {
                dc.rollbackOnClose();
                throw e;
            }
        }
        byte[] link = Arrays.copyOfRange(entry.array(), entry.length() - EntryCodec.LINK_BYTES, entry.length());
        last = new JournalPosition(sequence, timestamp, appender.lastIndexAppended(), link);
        return last;
    }

    /** Ends a batch: forces the written entries to the device under {@link Durability#FSYNC}. */
    public void endBatch() {
        if (durability == Durability.FSYNC && appender != null) {
            appender.sync();
        }
    }

    public JournalPosition last() {
        return last;
    }

    public Durability durability() {
        return durability;
    }

    @Override
    public void close() {
        if (appender != null) {
            appender.close();
        }
        if (ownsQueue) {
            queue.close();
        }
    }
}
