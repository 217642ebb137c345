package org.sanhe.console.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sanhe.console.json.ApiTime;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.runtime.journal.JournalEntry;

/**
 * The centre's key figures over a period, gathered from replayed journal entries: the answer times of calls (NENA:
 * 90% within 15 s, 95% within 20 s), call processing from answer to first unit assigned (NFPA 1225: 90% within
 * 60 s), each unit's acknowledgement (assigned to en route: NFPA 1710's turnout, 60 s / 80 s) and arrival (assigned
 * to on scene: the 5 and 10 minutes of Chinese city and suburb targets), the calls offered per line and hour (UTC),
 * and the figures by line and person of {@link PeopleKpis}. Fed on one thread by {@link AuditRoutes}; not
 * thread-safe.
 */
final class Kpis {

    /** Upper bounds of the histogram bins, in seconds; a last bin takes everything above. */
    static final long[] ANSWER_BINS = {5, 10, 15, 20, 30, 60};
    static final long[] PROCESSING_BINS = {30, 60, 90, 120, 180, 300};
    static final long[] ACKNOWLEDGE_BINS = {30, 60, 80, 120, 180};
    static final long[] ON_SCENE_BINS = {180, 300, 480, 600, 900};
    private static final long HOUR = 3_600_000;

    private final long from;
    private final long to;
    private final List<Long> answers = new ArrayList<>();
    private final List<Long> processing = new ArrayList<>();
    private final List<Long> acknowledge = new ArrayList<>();
    private final List<Long> onScene = new ArrayList<>();
    private final PeopleKpis people = new PeopleKpis();
    private final Map<Long, Map<String, Integer>> callsPerHour = new TreeMap<>();

    /** @param from, to the period, epoch milliseconds, both inclusive */
    Kpis(long from, long to) {
        this.from = from;
        this.to = to;
    }

    void accept(JournalEntry entry, List<Event> events) {
        if (entry.timestamp() < from || entry.timestamp() > to) {
            people.track(events);
            return;
        }
        people.accept(entry, events);
        people.track(events);
        for (Event event : events) {
            if (event instanceof IntervalMeasured m && m.kind() == IntervalKind.CALL_TO_ANSWER) {
                answers.add(m.millis());
            } else if (event instanceof IntervalMeasured m && m.kind() == IntervalKind.CALL_PROCESSING) {
                processing.add(m.millis());
            } else if (event instanceof IntervalMeasured m && m.kind() == IntervalKind.DISPATCH_TO_ACKNOWLEDGE) {
                acknowledge.add(m.millis());
            } else if (event instanceof IntervalMeasured m && m.kind() == IntervalKind.DISPATCH_TO_ON_SCENE) {
                onScene.add(m.millis());
            } else if (event instanceof CallOffered offered) {
                callsPerHour.computeIfAbsent(entry.timestamp() / HOUR * HOUR, h -> new TreeMap<>())
                        .merge(offered.line(), 1, Integer::sum);
            }
        }
    }

    ObjectNode view() {
        ObjectNode node = DispatchJson.MAPPER.createObjectNode();
        node.put("from", ApiTime.text(from));
        node.put("to", ApiTime.text(to));
        node.set("answer", distribution(answers, ANSWER_BINS, 15, 20));
        node.set("callProcessing", distribution(processing, PROCESSING_BINS, 60));
        node.set("acknowledge", distribution(acknowledge, ACKNOWLEDGE_BINS, 60, 80));
        node.set("onScene", distribution(onScene, ON_SCENE_BINS, 300, 600));
        ArrayNode hours = node.putArray("callsPerHour");
        callsPerHour.forEach((hour, lines) -> {
            ObjectNode h = hours.addObject();
            h.put("hour", Instant.ofEpochMilli(hour).toString());
            ObjectNode byLine = h.putObject("lines");
            lines.forEach(byLine::put);
        });
        people.view(node);
        return node;
    }

    /** {@code part / whole} rounded to three places, null when {@code whole} is 0. */
    static void putShare(ObjectNode node, String field, long part, long whole) {
        if (whole == 0) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(part * 1000.0 / whole) / 1000.0);
        }
    }

    /** Count, bins, the share within each target and the 90th percentile (nearest rank), in seconds. */
    static ObjectNode distribution(List<Long> millis, long[] bounds, long... targetsSeconds) {
        ObjectNode node = DispatchJson.MAPPER.createObjectNode();
        node.put("count", millis.size());
        ArrayNode bins = node.putArray("bins");
        long[] counts = new long[bounds.length + 1];
        for (long m : millis) {
            int bin = 0;
            while (bin < bounds.length && m > bounds[bin] * 1000) {
                bin++;
            }
            counts[bin]++;
        }
        for (int i = 0; i < counts.length; i++) {
            ObjectNode bin = bins.addObject();
            if (i < bounds.length) {
                bin.put("upToSeconds", bounds[i]);
            } else {
                bin.putNull("upToSeconds");
            }
            bin.put("count", counts[i]);
        }
        ObjectNode within = node.putObject("withinTarget");
        for (long target : targetsSeconds) {
            putShare(within, Long.toString(target), millis.stream().filter(m -> m <= target * 1000).count(),
                    millis.size());
        }
        if (millis.isEmpty()) {
            node.putNull("p90Seconds");
        } else {
            List<Long> sorted = millis.stream().sorted().toList();
            long p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
            node.put("p90Seconds", Math.round(p90 / 100.0) / 10.0);
        }
        return node;
    }
}
