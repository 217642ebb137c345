package org.sanhe.console.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.event.CallAbandoned;
import org.sanhe.dispatch.domain.event.CallAnswered;
import org.sanhe.dispatch.domain.event.CallEnded;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.UnitAssigned;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.runtime.journal.JournalEntry;

/**
 * The key figures by line and by person over a period: the abandoned-call rate per line, each call-taker's answer
 * times, and each dispatcher's assignments as recommended or overridden (the proposal the console sent with the
 * assignment, see {@link org.sanhe.dispatch.domain.unit.Proposal}) and diverted. Fed by {@link Kpis} on one thread;
 * not thread-safe.
 */
final class PeopleKpis {

    /** The line of each call offered and not yet resolved, from every entry replayed (also before the period). */
    private final Map<String, String> lineOfCall = new HashMap<>();
    private final Map<String, int[]> lines = new TreeMap<>();
    private final Map<String, List<Long>> answers = new TreeMap<>();
    private final Map<String, int[]> dispatchers = new TreeMap<>();

    /** Keeps track of calls' lines; call for every entry replayed. */
    void track(List<Event> events) {
        for (Event event : events) {
            if (event instanceof CallOffered offered) {
                lineOfCall.put(offered.callId(), offered.line());
            } else if (event instanceof CallAnswered answered) {
                lineOfCall.remove(answered.callId());
            } else if (event instanceof CallEnded ended) {
                lineOfCall.remove(ended.callId());
            }
        }
    }

    /** Counts an entry in the period; call before {@link #track} for the same entry. */
    void accept(JournalEntry entry, List<Event> events) {
        for (Event event : events) {
            if (event instanceof CallOffered offered) {
                lines.computeIfAbsent(offered.line(), l -> new int[2])[0]++;
            } else if (event instanceof CallAbandoned abandoned) {
                lines.computeIfAbsent(lineOfCall.getOrDefault(abandoned.callId(), "unknown"), l -> new int[2])[1]++;
            } else if (event instanceof IntervalMeasured m && m.kind() == IntervalKind.CALL_TO_ANSWER) {
                answeredBy(events).ifPresent(taker -> answers.computeIfAbsent(taker, c -> new ArrayList<>())
                        .add(m.millis()));
            } else if (event instanceof UnitAssigned assigned && entry.command() instanceof AssignUnit) {
                int[] counts = dispatchers.computeIfAbsent(entry.actor().id(), d -> new int[4]);
                counts[0]++;
                counts[assigned.proposal() == null ? 2 : 1]++;
                counts[3] += assigned.divertedFrom() == 0 ? 0 : 1;
            }
        }
    }

    private static Optional<String> answeredBy(List<Event> events) {
        return events.stream().filter(CallAnswered.class::isInstance).map(e -> ((CallAnswered) e).callTaker())
                .findFirst();
    }

    /** Adds {@code abandonedByLine}, {@code answerByCallTaker} and {@code assignmentsByDispatcher}. */
    void view(ObjectNode node) {
        ObjectNode byLine = node.putObject("abandonedByLine");
        lines.forEach((line, counts) -> {
            ObjectNode l = byLine.putObject(line);
            l.put("offered", counts[0]);
            l.put("abandoned", counts[1]);
            Kpis.putShare(l, "rate", counts[1], counts[0]);
        });
        ObjectNode byTaker = node.putObject("answerByCallTaker");
        answers.forEach((taker, millis) -> byTaker.set(taker, Kpis.distribution(millis, Kpis.ANSWER_BINS, 15, 20)));
        ObjectNode byDispatcher = node.putObject("assignmentsByDispatcher");
        dispatchers.forEach((dispatcher, counts) -> {
            ObjectNode d = byDispatcher.putObject(dispatcher);
            d.put("assignments", counts[0]);
            d.put("recommended", counts[1]);
            d.put("overrides", counts[2]);
            d.put("diverts", counts[3]);
            Kpis.putShare(d, "overrideRate", counts[2], counts[0]);
        });
    }
}
