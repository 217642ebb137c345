package org.sanhe.dispatch.runtime;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * The centre's core, wherever it runs: what the console, the telephony adapter, the demo fleet and the start-up
 * setup need from it. {@link DispatchRuntime} is the embedded single node; {@code runtime.cluster.ClusterCore} is
 * this server's member of an Aeron Cluster, whose commands go to the cluster and whose events come from the member's
 * own replica. Created and closed by the composition root; every method is thread-safe.
 *
 * <p>Submitted commands complete once applied (and, in a cluster, committed on a majority), with the events this
 * host's core produced for them, on the core's thread: continuations must not block.
 */
public interface CoreHost extends CommandGateway, AutoCloseable {

    /**
     * A command that every member of a cluster may submit at the same moment for the same reason (the start-up
     * setup, planned from the same state): submissions with the same {@code key} within minutes are applied once,
     * and each gets the first one's outcome. A single node has one submitter and submits it as usual.
     */
    CompletableFuture<Outcome> submitOnce(long key, Actor actor, Command command);

    /**
     * A read-only look at the centre on the core's own thread, in order with the commands; in a cluster once this
     * member's replica has applied what the cluster had committed when asked. For the start-up setup and the
     * edge's agents, never for console reads (they belong to the read model).
     */
    <T> CompletableFuture<T> read(Function<Centre, T> query);

    /** The sequence of the last command applied by this host's core, without waiting. */
    long lastApplied();

    /** Whether the core takes commands: started and not closed. */
    boolean isRunning();

    /** Whether this host's journal refused (or, in a cluster, diverged from the log at) the last command. */
    boolean journalRefusing();

    /** A bounded subscription to everything this host's core publishes from now on. */
    Subscription subscribe(String name, int capacity);

    /** Snapshots a reader may start from instead of the journal's beginning (none in a cluster). */
    SnapshotSource snapshots();

    /** This host's place in its cluster, or empty for the embedded single node. */
    default Optional<Membership> membership() {
        return Optional.empty();
    }

    @Override
    void close();

    /**
     * One member's view of its cluster, for {@code /health}.
     *
     * @param memberId       this member's id
     * @param role           {@code leader}, {@code follower} or {@code candidate}
     * @param leaderId       the leader this member knows of, or -1 while there is none
     * @param commitPosition the log position committed on a majority, as this member last heard it
     */
    record Membership(int memberId, String role, int leaderId, long commitPosition) {
    }
}
