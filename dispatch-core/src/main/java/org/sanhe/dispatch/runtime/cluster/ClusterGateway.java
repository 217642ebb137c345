package org.sanhe.dispatch.runtime.cluster;

import io.aeron.cluster.client.AeronCluster;
import io.aeron.cluster.client.EgressListener;
import io.aeron.logbuffer.Header;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CommandGateway} to the cluster: an Aeron Cluster client owned by its own thread ({@code sanhe-cluster-
 * client}), which connects (again after a session is lost), sends each submitted command as a {@link CommandMessage}
 * with this gateway's client id and a fresh correlation id, polls the egress, and completes the command's future
 * with the service's {@link Reply} once the command was committed on a majority and applied. A command not answered
 * is sent again, with the same correlation id, when a new leader is announced, after a reconnect, and every
 * {@code resendAfter}: the service applies it once and answers every copy alike. A command still unanswered at its
 * deadline fails with {@link ClusterUnavailableException}.
 *
 * <p>{@link #submit} is thread-safe and never blocks. The futures complete on the gateway's thread: callers must not
 * block in their continuations. An accepted command's outcome carries no events (see {@link Reply}):
 * {@link ReplicaOutcomes#over} adds them from the member's own replica.
 */
public final class ClusterGateway implements CommandGateway, AutoCloseable {

    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RESEND = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ClusterGateway.class);
    private static final long KEEP_ALIVE_MILLIS = 1_000;
    private static final long NEVER = Long.MIN_VALUE;
    /** A connection attempt waits this long at least, and at most, or the command deadline if between. */
    private static final long MIN_CONNECT_WAIT_NS = 1_000_000_000L;
    private static final long MAX_CONNECT_WAIT_NS = 5_000_000_000L;

    private final AeronCluster.Context template;
    private final EpochClock clock;
    private final long clientId;
    private final long deadlineMillis;
    private final long resendMillis;
    private final AtomicLong correlations = new AtomicLong();
    private final ConcurrentLinkedQueue<Pending> submitted = new ConcurrentLinkedQueue<>();
    private final Map<Long, Pending> inFlight = new LinkedHashMap<>();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int leaderId = -1;
    private AeronCluster cluster;
    private long lastOfferAt;

    private static final class Pending {
        final long correlationId;
        final byte[] message;
        final CompletableFuture<Outcome> future = new CompletableFuture<>();
        final long deadline;
        long sentAt = NEVER;

        Pending(long correlationId, byte[] message, long deadline) {
            this.correlationId = correlationId;
            this.message = message;
            this.deadline = deadline;
        }
    }

    /**
     * Starts the gateway's thread; it connects in the background.
     *
     * @param members     the cluster's members (their ingress endpoints)
     * @param egressHost  this host's address as the members reach it (answers come back to an ephemeral port)
     * @param aeronDir    the directory of a running media driver this client uses
     * @param clock       for deadlines and resends
     * @param deadline    how long a command may wait for its answer; well under the service's retry window
     * @param resendAfter how long an unanswered command waits before it is sent again
     */
    public ClusterGateway(List<ClusterMember> members, String egressHost, String aeronDir, EpochClock clock,
                          Duration deadline, Duration resendAfter) {
        this(members, egressHost, aeronDir, clock, deadline, resendAfter, new SecureRandom().nextLong());
    }

    ClusterGateway(List<ClusterMember> members, String egressHost, String aeronDir, EpochClock clock,
                   Duration deadline, Duration resendAfter, long clientId) {
        this.clock = clock;
        this.clientId = clientId;
        this.deadlineMillis = deadline.toMillis();
        this.resendMillis = resendAfter.toMillis();
        this.template = new AeronCluster.Context()
                .aeronDirectoryName(aeronDir)
                .ingressChannel("aeron:udp?term-length=128k")
                .ingressEndpoints(ClusterOptions.ingressEndpoints(members))
                .egressChannel("aeron:udp?term-length=128k|endpoint=" + egressHost + ":0")
                .egressListener(new Listener())
                .messageTimeoutNs(Math.max(MIN_CONNECT_WAIT_NS, Math.min(deadline.toNanos(), MAX_CONNECT_WAIT_NS)));
        thread = new Thread(this::run, "sanhe-cluster-client");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        return submit(correlations.incrementAndGet(), actor, command);
    }

    /** Submits with a chosen correlation id: a second submission with the same id is a retry of the first. */
    CompletableFuture<Outcome> submit(long correlationId, Actor actor, Command command) {
        byte[] message = new CommandMessage(clientId, correlationId, actor, command).encode(new BinaryOut(256))
                .toByteArray();
        Pending pending = new Pending(correlationId, message, clock.millis() + deadlineMillis);
        if (!running) {
            pending.future.completeExceptionally(new ClusterUnavailableException("the cluster gateway is closed"));
            return pending.future;
        }
        submitted.add(pending);
        return pending.future;
    }

    /** The leader the gateway last heard of, or -1. Any thread. */
    public int leaderId() {
        return leaderId;
    }

    private void run() {
        IdleStrategy idle = new SleepingMillisIdleStrategy(1);
        while (running) {
            int work = 0;
            try {
                if (cluster == null || cluster.isClosed()) {
                    connect();
                }
                work += takeSubmitted();
                if (cluster != null) {
                    work += cluster.pollEgress();
                    work += send(clock.millis());
                }
                work += expire(clock.millis());
            } catch (RuntimeException e) {
                LOG.warn("cluster client: {}; reconnecting", e.toString());
                disconnect();
            }
            idle.idle(work);
        }
        disconnect();
        failAll("the cluster gateway is closed");
    }

    private void connect() {
        disconnect();
        try {
            cluster = AeronCluster.connect(template.clone());
            leaderId = cluster.leaderMemberId();
            inFlight.values().forEach(p -> p.sentAt = NEVER);
            LOG.info("cluster client connected, leader {}", leaderId);
        } catch (RuntimeException e) {
            LOG.info("cluster client: no cluster to connect to yet ({})", e.getMessage());
        }
    }

    private void disconnect() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (RuntimeException e) {
                LOG.debug("cluster client: closing the session failed", e);
            }
            cluster = null;
        }
    }

    private int takeSubmitted() {
        int taken = 0;
        Pending pending;
        while ((pending = submitted.poll()) != null) {
            Pending earlier = inFlight.get(pending.correlationId);
            if (earlier != null) {
                Pending retry = pending;
                earlier.future.whenComplete((outcome, failure) -> {
                    if (failure != null) {
                        retry.future.completeExceptionally(failure);
                    } else {
                        retry.future.complete(outcome);
                    }
                });
            } else {
                inFlight.put(pending.correlationId, pending);
            }
            taken++;
        }
        return taken;
    }

    /** Sends what was never sent or waited {@code resendMillis}; a keep-alive when nothing was sent for a second. */
    private int send(long now) {
        int sent = 0;
        for (Pending pending : inFlight.values()) {
            if (pending.sentAt != NEVER && now - pending.sentAt < resendMillis) {
                continue;
            }
            buffer.wrap(pending.message);
            if (cluster.offer(buffer, 0, pending.message.length) < 0) {
                break;
            }
            pending.sentAt = now;
            lastOfferAt = now;
            sent++;
        }
        if (now - lastOfferAt >= KEEP_ALIVE_MILLIS && cluster.sendKeepAlive()) {
            lastOfferAt = now;
        }
        return sent;
    }

    private int expire(long now) {
        int expired = 0;
        Iterator<Pending> it = inFlight.values().iterator();
        while (it.hasNext()) {
            Pending pending = it.next();
            if (now >= pending.deadline) {
                it.remove();
                pending.future.completeExceptionally(new ClusterUnavailableException("no answer from the cluster"
                        + " to command " + pending.correlationId + " within " + deadlineMillis + " ms (leader "
                        + leaderId + ")"));
                expired++;
            }
        }
        return expired;
    }

    private void failAll(String why) {
        takeSubmitted();
        for (Pending pending : inFlight.values()) {
            pending.future.completeExceptionally(new ClusterUnavailableException(why));
        }
        inFlight.clear();
    }

    /** On the gateway's thread, from {@code pollEgress}. */
    private final class Listener implements EgressListener {

        @Override
        public void onMessage(long clusterSessionId, long timestamp, DirectBuffer message, int offset, int length,
                              Header header) {
            byte[] bytes = new byte[length];
            message.getBytes(offset, bytes);
            Reply reply;
            try {
                reply = Reply.decode(new BinaryIn(bytes));
            } catch (RuntimeException e) {
                LOG.warn("cluster client: an answer that does not decode: {}", e.toString());
                return;
            }
            Pending pending = inFlight.remove(reply.correlationId());
            if (pending == null) {
                return;
            }
            if (reply.problem() != null) {
                pending.future.completeExceptionally(new IllegalArgumentException(
                        "the cluster could not read command " + reply.correlationId() + ": " + reply.problem()));
            } else {
                pending.future.complete(reply.outcome());
            }
        }

        @Override
        public void onNewLeader(long clusterSessionId, long leadershipTermId, int leaderMemberId,
                                String ingressEndpoints) {
            leaderId = leaderMemberId;
            inFlight.values().forEach(p -> p.sentAt = NEVER);
            LOG.info("cluster client: new leader {} (term {})", leaderMemberId, leadershipTermId);
        }
    }

    /** Stops the thread; commands still unanswered fail with {@link ClusterUnavailableException}. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
