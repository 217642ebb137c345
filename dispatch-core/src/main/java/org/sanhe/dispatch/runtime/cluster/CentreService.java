package org.sanhe.dispatch.runtime.cluster;

import io.aeron.ExclusivePublication;
import io.aeron.Image;
import io.aeron.Publication;
import io.aeron.cluster.codecs.CloseReason;
import io.aeron.cluster.service.ClientSession;
import io.aeron.cluster.service.Cluster;
import io.aeron.cluster.service.ClusteredService;
import io.aeron.logbuffer.Header;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.clock.CommandTime;
import org.sanhe.dispatch.runtime.clock.TimerAgent;
import org.sanhe.dispatch.runtime.clock.TimerChanges;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.publish.EventPublisher;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre as an Aeron clustered service: the same {@link Centre} the single-node runtime hosts, fed by the
 * cluster's log. Aeron calls every method on the member's service thread, in log order, on every member (the
 * leader and the followers alike, and again when a member replays its log after a restart); nothing here reads a
 * clock, so every member reaches the same state, chain head and retry table.
 *
 * <p>Per command: the session message is decoded ({@link CommandMessage}); a retry of a command already applied
 * (same client and correlation id, {@link RetryTable}) gets the first reply and changes nothing; otherwise it is
 * stamped with the next sequence and the cluster's time (milliseconds; the only clock, never earlier than the
 * previous stamp: {@link CommandTime}), chained and written to this member's journal ({@link ReplicaJournal}),
 * applied, told to the publisher's listeners, its timers handed to the cluster's timer service
 * ({@link TimerChanges}), offered to the subscriptions, and answered ({@link Reply}): on the leader the client gets
 * it; a follower's offer is Aeron's {@code MOCKED_OFFER}. A due timer comes back from the log as
 * {@link #onTimerEvent} and is applied as the same {@link FireTimer} command from {@link TimerAgent#TIMER} that the
 * single-node timer agent submits.
 *
 * <p>Other threads may subscribe to the publisher, read {@link #lastApplied()}, {@link #role()} and
 * {@link #diverged()}, follow the role ({@link #onRole}), and ask for a {@link #fingerprint()} or a {@link #read} of
 * the centre (answered on the service thread when it is idle).
 */
public final class CentreService implements ClusteredService {

    private static final Logger LOG = LoggerFactory.getLogger(CentreService.class);
    private static final int REPLY_ATTEMPTS = 3;

    private final int memberId;
    private final Path journalDir;
    private final EventPublisher publisher;
    private final RetryTable retries = new RetryTable();
    private final BinaryOut replyOut = new BinaryOut(256);
    private final UnsafeBuffer replyBuffer = new UnsafeBuffer(new byte[0]);
    private final ConcurrentLinkedQueue<Inspection> inspections = new ConcurrentLinkedQueue<>();
    /** Inspections waiting for the log to reach their position: on the service thread only. */
    private final List<Inspection> waiting = new ArrayList<>();
    private final List<Consumer<Cluster.Role>> roleListeners = new CopyOnWriteArrayList<>();
    private final TimerChanges.Target timers = new TimerChanges.Target() {
        @Override
        public void schedule(long timerId, long dueAt) {
            cluster.scheduleTimer(timerId, dueAt);
        }

        @Override
        public void cancel(long timerId) {
            cluster.cancelTimer(timerId);
        }
    };
    private byte[] message = new byte[1024];
    private Cluster cluster;
    private Centre centre = new Centre();
    private volatile ReplicaJournal journal;
    private volatile Cluster.Role role = Cluster.Role.FOLLOWER;
    private volatile long lastApplied;
    private volatile int snapshotsTaken;

    /**
     * @param memberId   this member's id (for the log)
     * @param journalDir this member's journal directory
     * @param publisher  where applied commands go (listeners on the service thread, then the subscriptions)
     */
    public CentreService(int memberId, Path journalDir, EventPublisher publisher) {
        this.memberId = memberId;
        this.journalDir = Objects.requireNonNull(journalDir, "journalDir");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    @Override
    public void onStart(Cluster cluster, Image snapshotImage) {
        this.cluster = cluster;
        journal = ReplicaJournal.open(journalDir);
        if (snapshotImage != null) {
            byte[] bytes = ServiceSnapshot.read(snapshotImage, cluster.idleStrategy());
            ServiceSnapshot.Restored restored = ServiceSnapshot.decode(bytes, retries);
            centre = restored.centre();
            journal.restore(centre.lastSequence(), restored.chainHead());
            LOG.info("member {}: restored the centre at sequence {} from a snapshot", memberId,
                    centre.lastSequence());
        }
        lastApplied = centre.lastSequence();
        role = cluster.role();
        roleListeners.forEach(l -> l.accept(role));
    }

    @Override
    public void onSessionMessage(ClientSession session, long timestamp, DirectBuffer buffer, int offset, int length,
                                 Header header) {
        if (message.length < length) {
            message = new byte[Math.max(length, message.length * 2)];
        }
        buffer.getBytes(offset, message, 0, length);
        CommandMessage command;
        try {
            command = CommandMessage.decode(message, length);
        } catch (RuntimeException e) {
            LOG.warn("member {}: a session message that is no command: {}", memberId, e.toString());
            answer(session, Reply.malformed(CommandMessage.correlationIdOf(message, length), e.toString()));
            return;
        }
        Reply reply = retries.find(command.clientId(), command.correlationId());
        if (reply == null) {
            Published applied = apply(command.actor(), command.command(), timestamp);
            Outcome outcome = new Outcome(applied.sequence(), applied.timestamp(), applied.events());
            reply = new Reply(command.correlationId(), outcome.sequence(), outcome.timestamp(), outcome.rejection(),
                    null);
            retries.remember(command.clientId(), reply, applied.timestamp());
        }
        answer(session, reply);
    }

    @Override
    public void onTimerEvent(long correlationId, long timestamp) {
        apply(TimerAgent.TIMER, new FireTimer(correlationId), timestamp);
    }

    private Published apply(Actor actor, Command command, long clusterTime) {
        long sequence = centre.lastSequence() + 1;
        long timestamp = CommandTime.stamp(clusterTime, centre.lastTimestamp());
        journal.record(sequence, timestamp, actor, command);
        List<Event> events = new ArrayList<>(4);
        centre.apply(new StampedCommand(sequence, timestamp, actor, command), events::add);
        Published published = new Published(sequence, timestamp, actor, command, List.copyOf(events));
        publisher.applied(published);
        TimerChanges.apply(published, timers);
        lastApplied = sequence;
        publisher.publish(published);
        return published;
    }

    /** Sends the reply on the leader (a follower's offer is mocked); a client gone or stalled retries. */
    private void answer(ClientSession session, Reply reply) {
        reply.encode(replyOut);
        replyBuffer.wrap(replyOut.array(), 0, replyOut.length());
        for (int attempt = 0; attempt < REPLY_ATTEMPTS; attempt++) {
            long result = session.offer(replyBuffer, 0, replyOut.length());
            if (result > 0 || result == Publication.CLOSED || result == Publication.NOT_CONNECTED) {
                return;
            }
            cluster.idleStrategy().idle();
        }
        LOG.debug("member {}: the reply to {} was not sent; the client will retry", memberId,
                reply.correlationId());
    }

    @Override
    public void onTakeSnapshot(ExclusivePublication snapshotPublication) {
        ServiceSnapshot.write(ServiceSnapshot.encode(centre, journal.head(), retries), snapshotPublication,
                cluster.idleStrategy());
        snapshotsTaken++;
        LOG.info("member {}: snapshot at sequence {}", memberId, centre.lastSequence());
    }

    @Override
    public void onRoleChange(Cluster.Role newRole) {
        role = newRole;
        LOG.info("member {}: now {}", memberId, newRole);
        roleListeners.forEach(l -> l.accept(newRole));
    }

    @Override
    public void onSessionOpen(ClientSession session, long timestamp) {
        LOG.debug("member {}: client session {} opened", memberId, session.id());
    }

    @Override
    public void onSessionClose(ClientSession session, long timestamp, CloseReason closeReason) {
        LOG.debug("member {}: client session {} closed: {}", memberId, session.id(), closeReason);
    }

    @Override
    public void onTerminate(Cluster cluster) {
        LOG.info("member {}: terminating at sequence {}", memberId, centre.lastSequence());
        closeJournal();
    }

    /**
     * Answers the inspections asked for from other threads once the log has reached their position; on the service
     * thread when it is idle.
     */
    @Override
    public int doBackgroundWork(long nowNs) {
        Inspection inspection;
        while ((inspection = inspections.poll()) != null) {
            waiting.add(inspection);
        }
        if (waiting.isEmpty() || cluster == null) {
            return 0;
        }
        int done = 0;
        long position = cluster.logPosition();
        for (Iterator<Inspection> it = waiting.iterator(); it.hasNext(); ) {
            Inspection next = it.next();
            if (next.logPosition() <= position) {
                it.remove();
                next.run().run();
                done++;
            }
        }
        return done;
    }

    /** Something to run on the service thread once the log has been applied up to {@code logPosition}. */
    private record Inspection(long logPosition, Runnable run) {
    }

    /** The member's sequence, state hash and chain head, computed on the service thread. Any thread. */
    public CompletableFuture<Fingerprint> fingerprint() {
        CompletableFuture<Fingerprint> future = new CompletableFuture<>();
        inspections.add(new Inspection(Long.MIN_VALUE, () -> future.complete(new Fingerprint(centre.lastSequence(),
                centre.stateHash(), journal.headHex(), centre.timers().pending().size()))));
        return future;
    }

    /**
     * A read-only look at the replica's centre on the service thread, once this member has applied the log up to
     * {@code logPosition} (the commit position when asked, so that the read sees every committed command). The query
     * must copy what it returns and must not block. Any thread.
     */
    public <T> CompletableFuture<T> read(long logPosition, Function<Centre, T> query) {
        CompletableFuture<T> future = new CompletableFuture<>();
        inspections.add(new Inspection(logPosition, () -> {
            try {
                future.complete(query.apply(centre));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }));
        return future;
    }

    /**
     * Tells {@code listener} this member's role now (once the service has started) and at every change, on the
     * service thread: it must hand any work to a thread of its own. Any thread.
     */
    public void onRole(Consumer<Cluster.Role> listener) {
        roleListeners.add(listener);
    }

    /** The sequence of the last command this member applied. Any thread. */
    public long lastApplied() {
        return lastApplied;
    }

    /** This member's role as the service last heard it. Any thread. */
    public Cluster.Role role() {
        return role;
    }

    /** Snapshots this service has written since it started. Any thread. */
    public int snapshotsTaken() {
        return snapshotsTaken;
    }

    /** Whether this member's journal disagrees with the cluster's log (reported at ERROR). Any thread. */
    public boolean diverged() {
        return journal != null && journal.diverged();
    }

    public EventPublisher publisher() {
        return publisher;
    }

    /** Closes the journal; called when the member stops (idempotent). */
    void closeJournal() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }
}
