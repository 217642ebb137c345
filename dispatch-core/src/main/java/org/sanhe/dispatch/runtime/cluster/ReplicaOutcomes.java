package org.sanhe.dispatch.runtime.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Gives the outcomes of a member's {@link ClusterGateway} their events, from the member's own replica: the service's
 * {@link Reply} names the command's sequence, and this member applies the same command at that sequence with the
 * same events. So a console on any member gets the outcome the single-node sequencer gives (the events of an
 * accepted command included) without the events crossing the network twice.
 *
 * <p>Listen to the member's publisher with it ({@code publisher.listen(outcomes)}), then submit through
 * {@link #over}. An outcome waits for the local replica to reach its sequence; it then completes on the replica's
 * apply thread, so continuations must not block. A reply for a command older than the last {@code capacity}
 * applied (a retry of a long-finished command) completes with the reply's own outcome: the rejection, or no events.
 * Thread-safe.
 */
public final class ReplicaOutcomes implements Consumer<Published> {

    public static final int DEFAULT_CAPACITY = 1 << 16;

    private final Published[] recent;
    private final Map<Long, List<CompletableFuture<Outcome>>> waiting = new HashMap<>();
    private long applied;

    public ReplicaOutcomes(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        recent = new Published[capacity];
    }

    public ReplicaOutcomes() {
        this(DEFAULT_CAPACITY);
    }

    /** A gateway whose outcomes carry the events this member's replica produced for them. */
    public CommandGateway over(CommandGateway cluster) {
        return (actor, command) -> cluster.submit(actor, command).thenCompose(this::withEvents);
    }

    /** The replica's outcome for the command a reply answered, once the replica has applied it. */
    public CompletableFuture<Outcome> withEvents(Outcome reply) {
        long sequence = reply.sequence();
        synchronized (this) {
            if (sequence > applied) {
                CompletableFuture<Outcome> future = new CompletableFuture<>();
                waiting.computeIfAbsent(sequence, s -> new ArrayList<>(1)).add(future);
                return future;
            }
            Published kept = recent[slot(sequence)];
            return CompletableFuture.completedFuture(kept != null && kept.sequence() == sequence ? outcome(kept)
                    : reply);
        }
    }

    /** The member's publisher listener: on its apply thread. */
    @Override
    public void accept(Published published) {
        List<CompletableFuture<Outcome>> answered;
        synchronized (this) {
            recent[slot(published.sequence())] = published;
            applied = published.sequence();
            answered = waiting.remove(published.sequence());
        }
        if (answered != null) {
            Outcome outcome = outcome(published);
            answered.forEach(f -> f.complete(outcome));
        }
    }

    private int slot(long sequence) {
        return (int) Math.floorMod(sequence, (long) recent.length);
    }

    private static Outcome outcome(Published published) {
        return new Outcome(published.sequence(), published.timestamp(), published.events());
    }
}
