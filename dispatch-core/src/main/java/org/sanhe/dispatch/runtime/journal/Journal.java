package org.sanhe.dispatch.runtime.journal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.MappedBytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends commands to the journal, chaining each entry to the one before.
 *
 * <p>One writer thread only (the sequencer's journal handler): Chronicle appenders are thread-confined, so the
 * appender is created on the first append. Opened after recovery has read the journal to its end, from the position
 * that recovery found.
 *
 * <p>A full disk refuses the append and leaves the journal as it was ({@link JournalSpace}); the next append tries
 * again, so the journal takes commands again as soon as space returns. A fault inside Chronicle's mapped write (an
 * {@link Error}) leaves the file in a state nobody can vouch for: the journal then refuses every further append
 * until the process restarts and recovery has read it again.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final Durability durability;
    private final EntryCodec codec = new EntryCodec();
    private ExcerptAppender appender;
    private final JournalSpace space;
    private JournalPosition last;
    private long lastEnd = -1;
    private int lastCycle = Integer.MIN_VALUE;
    private Error failed;

    private Journal(ChronicleQueue queue, boolean ownsQueue, Durability durability, JournalPosition last) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.durability = durability;
        this.last = last;
        this.space = new JournalSpace(queue.file().toPath(), JournalSpace.DEFAULT_HEADROOM);
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
     * Appends one command. {@code sequence} must follow the last one. Throws {@link JournalFullException} when the
     * disk has no room for it and the headroom after it, and {@link IllegalStateException} after an earlier fault;
     * then nothing was appended and the position is unchanged.
     */
    public JournalPosition append(long sequence, long timestamp, Actor actor, Command command) {
        if (sequence != last.sequence() + 1) {
            throw new IllegalArgumentException("sequence " + sequence + " does not follow " + last.sequence());
        }
        if (failed != null) {
            throw new IllegalStateException("the journal failed earlier and refuses appends until a restart", failed);
        }
        BinaryOut entry = codec.encode(sequence, timestamp, actor, command, last.link());
        try {
            space.beforeAppend(lastEnd, entry.length() + 64, Queues.currentCycle(queue) != lastCycle);
        } catch (IOException e) {
            throw new JournalFullException(e);
        }
        if (appender == null) {
            appender = queue.createAppender();
        }
        File file;
        long end;
        try (DocumentContext dc = appender.writingDocument()) {
            try {
                Bytes<?> bytes = dc.wire().bytes();
                bytes.write(entry.array(), 0, entry.length());
                end = bytes.writePosition();
                file = bytes instanceof MappedBytes mapped ? mapped.mappedFile().file() : null;
            } catch (RuntimeException e) {
                dc.rollbackOnClose();
                throw e;
            }
        } catch (Error e) {
            failed = e;
            throw e;
        }
        byte[] link = Arrays.copyOfRange(entry.array(), entry.length() - EntryCodec.LINK_BYTES, entry.length());
        last = new JournalPosition(sequence, timestamp, appender.lastIndexAppended(), link);
        reserveAfter(file, end);
        return last;
    }

    private void reserveAfter(File file, long end) {
        lastCycle = appender.cycle();
        if (file == null) {
            return;
        }
        lastEnd = end;
        try {
            space.afterAppend(file, end);
        } catch (IOException e) {
            LOG.warn("the journal's disk is short of space: {}; the next command will be refused unless it frees up",
                    e.getMessage());
        }
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
        space.close();
        if (appender != null) {
            appender.close();
        }
        if (ownsQueue) {
            queue.close();
        }
    }
}
