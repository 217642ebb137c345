package org.sanhe.dispatch.runtime.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;

/**
 * Reads the journal in order and verifies the hash chain on the way: each entry must decode, carry the next
 * sequence and link to the one before. Reading stops at the first entry that does not, and the {@link Scan} says
 * where. Usable on a copy of a journal while the server runs elsewhere. One thread per reader.
 */
public final class JournalReader implements AutoCloseable {

    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final EntryCodec codec = new EntryCodec();
    private byte[] buffer = new byte[1024];

    private JournalReader(ChronicleQueue queue, boolean ownsQueue) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
    }

    /** Reads a queue someone else owns and closes. */
    static JournalReader over(ChronicleQueue queue) {
        return new JournalReader(queue, false);
    }

    /** Opens the journal in {@code dir}; an absent or empty directory reads as an empty journal. */
    public static JournalReader open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new JournalReader(Queues.open(dir, EpochClock.system(), false), true);
    }

    /** Reads every entry from the start. */
    public Scan scan(Consumer<JournalEntry> consumer) {
        return scan(JournalPosition.empty(), entry -> true, consumer);
    }

    /**
     * Reads the entries after {@code from} (a position recovery or a snapshot recorded) while {@code keepGoing}
     * accepts them; the first entry it refuses is not consumed.
     */
    public Scan scan(JournalPosition from, Predicate<JournalEntry> keepGoing, Consumer<JournalEntry> consumer) {
        try (ExcerptTailer tailer = queue.createTailer()) {
            if (from.index() >= 0) {
                String problem = positionAt(tailer, from);
                if (problem != null) {
                    return Scan.broken(0, from, from.sequence(), problem);
                }
            }
            return read(tailer, from, keepGoing, consumer);
        }
    }

    /** Moves past the entry at {@code from}, checking it is the one recorded there; the problem, or null. */
    private String positionAt(ExcerptTailer tailer, JournalPosition from) {
        if (!tailer.moveToIndex(from.index())) {
            return "the journal has no entry at the recorded position of sequence " + from.sequence();
        }
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                return "the journal ends before the recorded position of sequence " + from.sequence();
            }
            int length = copy(dc.wire().bytes());
            byte[] link = java.util.Arrays.copyOfRange(buffer, Math.max(0, length - EntryCodec.LINK_BYTES), length);
            if (!java.security.MessageDigest.isEqual(link, from.link())) {
                return "the journal's entry at sequence " + from.sequence() + " is not the one recorded";
            }
        }
        return null;
    }

    private Scan read(ExcerptTailer tailer, JournalPosition from, Predicate<JournalEntry> keepGoing,
                      Consumer<JournalEntry> consumer) {
        JournalPosition last = from;
        long entries = 0;
        while (true) {
            JournalEntry entry;
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) {
                    return Scan.intact(entries, last);
                }
                int length = copy(dc.wire().bytes());
                long expected = last.sequence() + 1;
                try {
                    entry = codec.decode(buffer, length, dc.index(), last.link());
                } catch (MalformedRecordException | BrokenChainException e) {
                    return Scan.broken(entries, last, expected, e.getMessage());
                }
                if (entry.sequence() != expected) {
                    return Scan.broken(entries, last, expected, "entry claims sequence " + entry.sequence());
                }
                if (!keepGoing.test(entry)) {
                    dc.rollbackOnClose();
                    return Scan.intact(entries, last);
                }
            }
            consumer.accept(entry);
            last = JournalPosition.of(entry);
            entries++;
        }
    }

    private int copy(Bytes<?> bytes) {
        int length = (int) bytes.readRemaining();
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        bytes.read(buffer, 0, length);
        return length;
    }

    @Override
    public void close() {
        if (ownsQueue) {
            queue.close();
        }
    }

    /**
     * The result of a read.
     *
     * @param entries          entries read and handed on
     * @param last             the last good entry's position
     * @param chainOk          false when an entry failed to decode or verify
     * @param firstBadSequence the sequence the first bad entry should have had, 0 when none
     * @param problem          what was wrong, null when nothing
     */
    public record Scan(long entries, JournalPosition last, boolean chainOk, long firstBadSequence, String problem) {

        static Scan intact(long entries, JournalPosition last) {
            return new Scan(entries, last, true, 0, null);
        }

        static Scan broken(long entries, JournalPosition last, long firstBad, String problem) {
            return new Scan(entries, last, false, firstBad, problem);
        }
    }
}
