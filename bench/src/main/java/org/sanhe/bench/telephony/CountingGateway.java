package org.sanhe.bench.telephony;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Stands in for the sequencer: applies each command to a real {@link Centre} on the submitting thread (no journal),
 * counts offers, answers and terminations per call, counts rejections, and reports arrival to {@link WireLatency}.
 */
final class CountingGateway implements CommandGateway {

    /** Per-call counts: offers, answers, terminal commands (end or abandon). */
    static final class Counts {
        int offers;
        int answers;
        int terminals;
    }

    private final Centre centre = new Centre();
    private final WireLatency latency;
    private final String prefix;
    private final Map<String, Counts> calls = new ConcurrentHashMap<>();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong terminals = new AtomicLong();
    private final List<CommandRejected> firstRejections = new ArrayList<>();
    private long sequence;

    CountingGateway(WireLatency latency, String callIdPrefix) {
        this.latency = latency;
        this.prefix = callIdPrefix + "-";
    }

    @Override
    public synchronized CompletableFuture<Outcome> submit(Actor actor, Command command) {
        noteArrival(command);
        List<Event> events = new ArrayList<>(4);
        sequence++;
        long now = System.currentTimeMillis();
        centre.apply(new StampedCommand(sequence, now, actor, command), events::add);
        Outcome outcome = new Outcome(sequence, now, events);
        if (!outcome.accepted()) {
            rejected.incrementAndGet();
            if (firstRejections.size() < 10) {
                firstRejections.add(outcome.rejection());
            }
        }
        return CompletableFuture.completedFuture(outcome);
    }

    private void noteArrival(Command command) {
        if (command instanceof OfferCall c) {
            counts(c.callId()).offers++;
            latency.arrived("offer:" + c.callId().substring(prefix.length()));
        } else if (command instanceof AnswerCall c) {
            counts(c.callId()).answers++;
            latency.arrived("answer:" + c.callId().substring(prefix.length()));
        } else if (command instanceof EndCall c) {
            counts(c.callId()).terminals++;
            terminals.incrementAndGet();
            latency.arrived("end:" + c.callId().substring(prefix.length()));
        } else if (command instanceof AbandonCall c) {
            counts(c.callId()).terminals++;
            terminals.incrementAndGet();
            latency.arrived("abandon:" + c.callId().substring(prefix.length()));
        }
    }

    private Counts counts(String callId) {
        return calls.computeIfAbsent(callId, k -> new Counts());
    }

    synchronized Counts countsOf(String uniqueid) {
        return calls.get(prefix + uniqueid);
    }

    long terminals() {
        return terminals.get();
    }

    long rejected() {
        return rejected.get();
    }

    synchronized List<CommandRejected> firstRejections() {
        return List.copyOf(firstRejections);
    }
}
