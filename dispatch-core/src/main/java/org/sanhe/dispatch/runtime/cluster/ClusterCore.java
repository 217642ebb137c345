package org.sanhe.dispatch.runtime.cluster;

import io.aeron.cluster.service.Cluster;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.agrona.CloseHelper;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.publish.EventPublisher;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's member of the cluster as the {@link CoreHost} the console, the telephony and the start-up setup use:
 * the member ({@link ClusterNode}) with its replica of the centre, and this server as a client of the cluster
 * ({@link ClusterGateway}) over the member's own media driver. A submitted command goes to the leader; its outcome
 * carries the events this member's replica produced for it ({@link ReplicaOutcomes}), so a console that heard back
 * finds the command in its read model, which is fed by the replica's own publisher. {@link #read} runs on the
 * service thread once the replica has applied what the cluster had committed. The replica offers no snapshots to
 * the console (its audit reads and stream catch-up replay this member's journal from its start).
 *
 * <p>Created by the composition root ({@link #start}), which then waits for a leader ({@link #awaitLeader}) and
 * closes it last. Thread-safe.
 */
public final class ClusterCore implements CoreHost {

    /** The client id every member's {@link #submitOnce} uses, so that the same key is the same command everywhere. */
    static final long SETUP_CLIENT_ID = 0x53414e48455345L;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterCore.class);
    private static final long LEADER_LOG_EVERY_NS = 10_000_000_000L;

    private final ClusterNode node;
    private final ReplicaOutcomes outcomes;
    private final ClusterGateway gateway;
    private final ClusterGateway setupGateway;
    private volatile boolean running = true;

    private ClusterCore(ClusterNode node, ReplicaOutcomes outcomes, ClusterGateway gateway,
                        ClusterGateway setupGateway) {
        this.node = node;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.setupGateway = setupGateway;
    }

    /**
     * Launches the member and connects this server to the cluster as a client (in the background).
     *
     * @param snapshotEvery the leader asks every member for a snapshot of its service after each this many commands
     *                      (then a restarting member replays its log from there); 0 for none
     */
    public static ClusterCore start(ClusterOptions options, EpochClock clock, long snapshotEvery) {
        EventPublisher publisher = new EventPublisher();
        ReplicaOutcomes outcomes = new ReplicaOutcomes();
        publisher.listen(outcomes);
        AtomicReference<ClusterNode> launched = new AtomicReference<>();
        if (snapshotEvery > 0) {
            publisher.listen(published -> {
                ClusterNode member = launched.get();
                if (published.sequence() % snapshotEvery == 0 && member != null
                        && member.role() == Cluster.Role.LEADER) {
                    member.requestSnapshot();
                }
            });
        }
        ClusterNode node = ClusterNode.launch(options, publisher);
        launched.set(node);
        ClusterGateway gateway = null;
        try {
            String host = options.self().host();
            gateway = new ClusterGateway(options.members(), host, options.aeronDir(), clock,
                    ClusterGateway.DEFAULT_DEADLINE, ClusterGateway.DEFAULT_RESEND);
            ClusterGateway setup = new ClusterGateway(options.members(), host, options.aeronDir(), clock,
                    ClusterGateway.DEFAULT_DEADLINE, ClusterGateway.DEFAULT_RESEND, SETUP_CLIENT_ID);
            return new ClusterCore(node, outcomes, gateway, setup);
        } catch (RuntimeException e) {
            CloseHelper.quietClose(gateway);
            node.close();
            throw e;
        }
    }

    /**
     * Waits until this member knows a leader (it is one, or its client is connected to one), saying so in the log
     * every ten seconds: a member started before a majority of the members is up waits for them.
     */
    public void awaitLeader() {
        SleepingMillisIdleStrategy idle = new SleepingMillisIdleStrategy(10);
        long next = System.nanoTime();
        while (running && leaderId() < 0) {
            if (System.nanoTime() - next >= 0) {
                LOG.info("member {}: waiting for a leader (a majority of the {} members must be up)",
                        node.memberId(), node.options().members().size());
                next = System.nanoTime() + LEADER_LOG_EVERY_NS;
            }
            idle.idle();
        }
        LOG.info("member {}: the leader is member {}", node.memberId(), leaderId());
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        return gateway.submit(actor, command).thenCompose(outcomes::withEvents);
    }

    @Override
    public CompletableFuture<Outcome> submitOnce(long key, Actor actor, Command command) {
        return setupGateway.submit(key, actor, command).thenCompose(outcomes::withEvents);
    }

    @Override
    public <T> CompletableFuture<T> read(Function<Centre, T> query) {
        return node.service().read(node.commitPosition(), query);
    }

    @Override
    public long lastApplied() {
        return node.service().lastApplied();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this member's journal diverged from the cluster's log (reported at ERROR when it happened). */
    @Override
    public boolean journalRefusing() {
        return node.service().diverged();
    }

    @Override
    public Subscription subscribe(String name, int capacity) {
        return node.service().publisher().subscribe(name, capacity);
    }

    /** None: the console's readers replay this member's journal from its start. */
    @Override
    public SnapshotSource snapshots() {
        return SnapshotSource.NONE;
    }

    @Override
    public Optional<Membership> membership() {
        return Optional.of(new Membership(node.memberId(), node.role().name().toLowerCase(Locale.ROOT), leaderId(),
                node.commitPosition()));
    }

    /** The leader: this member when it leads, else the one its client is connected to; -1 while none is known. */
    public int leaderId() {
        return node.role() == Cluster.Role.LEADER ? node.memberId() : gateway.leaderId();
    }

    /**
     * Tells {@code listener} {@code true} when this member becomes the leader and {@code false} when it stops being
     * it, the first call (on this thread) saying which it is now; later calls come on the service thread, so the
     * listener must hand any work to a thread of its own.
     */
    public void onLeadership(Consumer<Boolean> listener) {
        Object lock = new Object();
        Boolean[] told = {null};
        Runnable check = () -> {
            synchronized (lock) {
                boolean now = node.role() == Cluster.Role.LEADER;
                if (told[0] == null || told[0] != now) {
                    told[0] = now;
                    listener.accept(now);
                }
            }
        };
        node.service().onRole(role -> check.run());
        check.run();
    }

    public ClusterNode node() {
        return node;
    }

    /** Stops the client side, then the member (its directories stay for the next start). */
    @Override
    public void close() {
        running = false;
        CloseHelper.closeAll(setupGateway, gateway);
        node.close();
    }
}
