package org.sanhe.dispatch.runtime.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.event.CallLinked;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.runtime.journal.JournalEntry;
import org.sanhe.dispatch.runtime.journal.JournalPosition;
import org.sanhe.dispatch.runtime.journal.JournalReader;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;

/** Reads a journal for an auditor. One thread; close when done. */
public final class AuditReader implements AutoCloseable {

    private final JournalReader reader;

    private AuditReader(JournalReader reader) {
        this.reader = reader;
    }

    public static AuditReader open(Path journalDir) {
        return new AuditReader(JournalReader.open(journalDir));
    }

    /** Walks the whole chain. */
    public Verification verify() {
        return verification(reader.scan(entry -> { }));
    }

    /** Every verified entry with {@code from <= sequence <= to} (and stops at the first bad one). */
    public Verification entries(long from, long to, Consumer<JournalEntry> consumer) {
        return verification(reader.scan(JournalPosition.empty(), e -> e.sequence() <= to, e -> {
            if (e.sequence() >= from) {
                consumer.accept(e);
            }
        }));
    }

    /** Every verified entry stamped between the two instants (epoch milliseconds, both inclusive). */
    public Verification entriesBetween(long fromMillis, long toMillis, Consumer<JournalEntry> consumer) {
        return verification(reader.scan(JournalPosition.empty(), e -> e.timestamp() <= toMillis, e -> {
            if (e.timestamp() >= fromMillis) {
                consumer.accept(e);
            }
        }));
    }

    /** The centre as it stood after the last entry that {@code upTo} accepts (entries are taken while it does). */
    public Replayed replay(Predicate<JournalEntry> upTo) {
        return replay(null, upTo);
    }

    /**
     * The same replay starting from a snapshot ({@code start}, whose centre it takes and changes; null for the
     * journal's beginning). The centre is the one a replay from the beginning gives whenever {@code upTo} accepts
     * every entry up to the snapshot's; the verification covers the entries after it only.
     */
    public Replayed replay(SnapshotSource.Restored start, Predicate<JournalEntry> upTo) {
        Centre centre = start == null ? new Centre() : start.centre();
        JournalPosition from = start == null ? JournalPosition.empty() : start.position();
        JournalReader.Scan scan = reader.scan(from, upTo, e -> centre.apply(e, event -> { }));
        return new Replayed(centre, verification(scan));
    }

    /**
     * The same replay, handing each entry and the events it produced to {@code consumer} (on this thread, in order;
     * the list is the consumer's to keep).
     */
    public Replayed replay(Predicate<JournalEntry> upTo, BiConsumer<JournalEntry, List<Event>> consumer) {
        return replay(null, upTo, consumer);
    }

    /**
     * The same replay starting from a snapshot ({@code start}; null for the journal's beginning): the entries after
     * its position are checked against its chain link and applied to its centre, so a reader that needs only recent
     * entries' events (the live stream's catch-up) does not replay the whole journal. The verification covers the
     * entries read.
     */
    public Replayed replay(SnapshotSource.Restored start, Predicate<JournalEntry> upTo,
                           BiConsumer<JournalEntry, List<Event>> consumer) {
        Centre centre = start == null ? new Centre() : start.centre();
        JournalPosition from = start == null ? JournalPosition.empty() : start.position();
        JournalReader.Scan scan = reader.scan(from, upTo, e -> {
            List<Event> events = new ArrayList<>();
            centre.apply(e, events::add);
            consumer.accept(e, events);
        });
        return new Replayed(centre, verification(scan));
    }

    /** Entries up to and including this sequence. */
    public static Predicate<JournalEntry> untilSequence(long sequence) {
        return e -> e.sequence() <= sequence;
    }

    /** Entries stamped at or before this instant (epoch milliseconds). */
    public static Predicate<JournalEntry> untilInstant(long epochMillis) {
        return e -> e.timestamp() <= epochMillis;
    }

    /**
     * Every command that touched the incident, from its opening on, and the events it produced about it, in order.
     * Refused commands are included (with their rejection): an auditor wants to see the attempts too.
     */
    public List<TimelineEntry> timeline(long incidentId) {
        return timeline(null, incidentId);
    }

    /**
     * The same timeline read from a snapshot on ({@code start}, whose centre it takes and changes; null for the
     * journal's beginning): the same list as from the beginning when the snapshot was taken before the incident was
     * opened, since nothing before its opening belongs to it.
     */
    public List<TimelineEntry> timeline(SnapshotSource.Restored start, long incidentId) {
        Centre centre = start == null ? new Centre() : start.centre();
        JournalPosition from = start == null ? JournalPosition.empty() : start.position();
        Set<String> calls = new LinkedHashSet<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        reader.scan(from, entry -> true, entry -> {
            List<Event> events = new ArrayList<>();
            centre.apply(entry, events::add);
            if (timeline.isEmpty() && events.stream()
                    .noneMatch(e -> e instanceof IncidentOpened opened && opened.incidentId() == incidentId)) {
                return;
            }
            events.stream().filter(e -> e instanceof CallLinked linked && linked.incidentId() == incidentId)
                    .forEach(e -> calls.add(((CallLinked) e).callId()));
            List<Event> relevant = events.stream().filter(e -> e instanceof CommandRejected
                    || Involvement.concerns((Record) e, incidentId, calls)).toList();
            boolean rejectedElsewhere = relevant.size() == 1 && relevant.get(0) instanceof CommandRejected;
            if (Involvement.concerns((Record) entry.command(), incidentId, calls)
                    || !relevant.isEmpty() && !rejectedElsewhere) {
                timeline.add(new TimelineEntry(entry.sequence(), entry.timestamp(), entry.actor(), entry.command(),
                        relevant));
            }
        });
        return timeline;
    }

    private static Verification verification(JournalReader.Scan scan) {
        return new Verification(scan.entries(), scan.last().sequence(), scan.chainOk(), scan.firstBadSequence(),
                scan.problem(), HexFormat.of().formatHex(scan.last().link()));
    }

    @Override
    public void close() {
        reader.close();
    }

    /** A centre rebuilt from the journal, and how the reading went. */
    public record Replayed(Centre centre, Verification verification) {
    }
}
