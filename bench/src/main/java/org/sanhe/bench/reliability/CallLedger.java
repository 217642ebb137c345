package org.sanhe.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Stands in for the sequencer in the PBX campaign: applies each command to a real {@link Centre} on the submitting
 * thread and counts, per call, offers, answers and terminal commands (end or abandon), and the core's rejections.
 */
final class CallLedger implements CommandGateway {

    /** Per call. */
    static final class Counts {
        int offers;
        int answers;
        int terminals;
    }

    private final Centre centre = new Centre();
    private final Map<String, Counts> calls = new ConcurrentHashMap<>();
    private final List<String> rejections = new ArrayList<>();
    private long sequence;

    @Override
    public synchronized CompletableFuture<Outcome> submit(Actor actor, Command command) {
        count(command);
        List<Event> events = new ArrayList<>(4);
        long now = System.currentTimeMillis();
        centre.apply(new StampedCommand(++sequence, now, actor, command), events::add);
        Outcome outcome = new Outcome(sequence, now, events);
        if (!outcome.accepted()) {
            rejections.add(command + ": " + outcome.rejection());
        }
        return CompletableFuture.completedFuture(outcome);
    }

    private void count(Command command) {
        if (command instanceof OfferCall c) {
            counts(c.callId()).offers++;
        } else if (command instanceof AnswerCall c) {
            counts(c.callId()).answers++;
        } else if (command instanceof EndCall c) {
            counts(c.callId()).terminals++;
        } else if (command instanceof AbandonCall c) {
            counts(c.callId()).terminals++;
        }
    }

    private Counts counts(String callId) {
        return calls.computeIfAbsent(callId, k -> new Counts());
    }

    synchronized Counts of(String callId) {
        return calls.get(callId);
    }

    synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Calls offered and not yet finished. */
    synchronized long open() {
        return calls.values().stream().filter(c -> c.offers > c.terminals).count();
    }
}
