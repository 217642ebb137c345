package org.sanhe.telephony.adapter;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.publish.Delivery;
import org.sanhe.dispatch.runtime.publish.Missed;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.JournalWriteException;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's way into the core: submits the tracker's commands in PBX order without waiting for them, and when the
 * journal refuses one (a full disk: the future fails with {@link JournalWriteException}), holds it and every later
 * command, in order, and delivers them when the journal takes commands again. A call that rings while the journal's
 * disk is full is therefore offered, answered and ended in the core once space returns (stamped with the time it was
 * journaled), instead of being lost; the tracker never needs to know.
 *
 * <p>While holding, a command already in flight that the core rejects is held too: it most likely failed because an
 * earlier command of its call was refused (an answer after a refused offer), and the retry replays it after that one.
 * A held command rejected again on retry is logged and dropped, like any rejection. Retries run on the agent thread,
 * one command at a time and in order, each waited for (the core never needs the agent thread, so this cannot
 * deadlock); a refusal pauses them for {@link #RETRY_PAUSE_MILLIS}, measured on the adapter's clock. At most
 * {@link #CAPACITY} commands are held; past that, new ones are dropped, logged and counted, since nothing can be
 * written anywhere on a full disk.
 *
 * <p>A member of a cluster's feed has a {@link StandbyLedger} and the core's published commands: in <em>standby</em>
 * (a follower) it keeps every command in the ledger instead of submitting it, and {@link #absorbApplied} drops from
 * the ledger what this member's replica applied from the leader; {@link #lead} submits what is left, in order, and
 * goes on submitting live; {@link #standBy} goes back to keeping. A kept command the core rejects after the
 * promotion was brought by the old leader too: it is counted as a duplicate, not logged as a problem. A single node's
 * feed has neither and is always live.
 *
 * <p>Threads: {@link #submit}, {@link #retry}, {@link #absorbApplied}, {@link #lead} and {@link #standBy} on the
 * agent thread only; completions arrive on the core's thread
 * (in journal order, which the holding relies on); the counters are read from any thread.
 */
final class CoreFeed {

    /** How long retries pause after the journal refused a command again, by default. */
    static final long RETRY_PAUSE_MILLIS = 500;
    /** The most commands held while the journal refuses. */
    static final int CAPACITY = 200_000;
    /** The most held commands delivered in one {@link #retry} call, so that the agent gets back to its events. */
    private static final int RETRY_BATCH = 512;
    /** How long one retried command is waited for before the agent goes back to its events. */
    private static final long RETRY_WAIT_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(CoreFeed.class);

    private final CommandGateway gateway;
    private final Actor actor;
    private final EpochClock clock;
    private final long retryPauseMillis;
    private final TreeMap<Long, Command> held = new TreeMap<>();
    private long numbered;
    private int inFlight;
    private boolean holding;
    private long pauseUntilMillis;
    /** The held command being retried and its future: the agent thread's own. */
    private Map.Entry<Long, Command> retried;
    private CompletableFuture<Outcome> retriedFuture;
    private volatile int heldCount;
    private volatile long submitted;
    private volatile long dropped;
    /** The standby's ledger and the replica's published commands, or null for an always-live feed. */
    private final StandbyLedger ledger;
    private final Subscription applied;
    private volatile boolean standby;
    private volatile long duplicates;

    CoreFeed(CommandGateway gateway, Actor actor, EpochClock clock) {
        this(gateway, actor, clock, RETRY_PAUSE_MILLIS);
    }

    /** A feed that starts in standby, learning what the replica applied from {@code applied}. */
    CoreFeed(CommandGateway gateway, Actor actor, EpochClock clock, StandbyLedger ledger, Subscription applied) {
        this(gateway, actor, clock, RETRY_PAUSE_MILLIS, ledger, applied);
    }

    /**
     * @param clock            the adapter's clock, which times the pause
     * @param retryPauseMillis how long retries pause after a refusal
     */
    CoreFeed(CommandGateway gateway, Actor actor, EpochClock clock, long retryPauseMillis) {
        this(gateway, actor, clock, retryPauseMillis, null, null);
    }

    private CoreFeed(CommandGateway gateway, Actor actor, EpochClock clock, long retryPauseMillis,
                     StandbyLedger ledger, Subscription applied) {
        this.gateway = gateway;
        this.actor = actor;
        this.clock = clock;
        this.retryPauseMillis = retryPauseMillis;
        this.ledger = ledger;
        this.applied = applied;
        this.standby = ledger != null;
    }

    /** Submits a command, holds it behind earlier ones the journal refused, or keeps it in standby. */
    void submit(Command command) {
        if (standby) {
            ledger.keep(command, clock.millis());
            return;
        }
        send(command, false);
    }

    /**
     * Takes in what the replica applied since the last call (in standby, dropping the matching kept commands;
     * otherwise only emptying the subscription). Returns at once when nothing is waiting.
     */
    void absorbApplied() {
        if (applied == null) {
            return;
        }
        for (Delivery d = applied.next(); d != null; d = applied.next()) {
            if (d instanceof Missed m) {
                LOG.warn("missed the replica's commands from sequence {}: kept PBX commands they applied will be "
                        + "submitted again on promotion and rejected as duplicates", m.fromSequence());
            } else if (standby && d instanceof Published p && AsteriskCallAdapter.PBX.equals(p.actor())) {
                ledger.applied(p.command(), clock.millis());
            }
        }
    }

    /** Leaves standby: submits the kept commands in order and goes on live. Returns how many were submitted. */
    int lead() {
        if (!standby) {
            return 0;
        }
        absorbApplied();
        standby = false;
        List<Command> kept = ledger.drain(clock.millis());
        for (Command command : kept) {
            send(command, true);
        }
        return kept.size();
    }

    /**
     * Goes (back) to standby: later commands are kept. A feed without a ledger stays live. Returns whether the mode
     * changed.
     */
    boolean standBy() {
        boolean was = standby;
        standby = ledger != null;
        return was != standby;
    }

    boolean standby() {
        return standby;
    }

    /** Closes the subscription to the replica's commands, if any (any thread, once the agent stopped). */
    void close() {
        if (applied != null) {
            applied.close();
        }
    }

    /** Commands kept in standby now. */
    int pending() {
        return ledger == null ? 0 : ledger.size();
    }

    /** Commands the standby's bounds pushed out so far. */
    long pendingDropped() {
        return ledger == null ? 0 : ledger.dropped();
    }

    /** Kept commands submitted on promotion that the core rejected, having them already. */
    long duplicates() {
        return duplicates;
    }

    private void send(Command command, boolean kept) {
        long number;
        synchronized (this) {
            number = ++numbered;
            submitted = number;
            if (holding) {
                hold(number, command);
                return;
            }
            inFlight++;
        }
        send(command).whenComplete((outcome, failure) -> completed(number, command, kept, outcome, failure));
    }

    /**
     * Delivers held commands, oldest first, if the journal may take them again: called by the agent on every turn of
     * its loop. Returns at once when nothing is held, while commands sent before the first refusal are still in
     * flight, or during the pause after a refusal.
     */
    void retry() throws InterruptedException {
        for (int i = 0; i < RETRY_BATCH; i++) {
            if (retried == null) {
                synchronized (this) {
                    if (!holding || inFlight > 0 || clock.millis() - pauseUntilMillis < 0) {
                        return;
                    }
                    if (held.isEmpty()) {
                        holding = false;
                        LOG.info("the journal takes PBX commands again; every held command was delivered");
                        return;
                    }
                    retried = held.firstEntry();
                }
                retriedFuture = send(retried.getValue());
            }
            if (!awaitRetried()) {
                return;
            }
        }
    }

    /** How long the agent may wait for events before calling {@link #retry} again. */
    synchronized long pollMillis(long otherwise) {
        if (!holding) {
            return otherwise;
        }
        long pause = pauseUntilMillis - clock.millis();
        if (pause > 0) {
            return Math.min(otherwise, pause + 1);
        }
        return retried == null && inFlight == 0 ? 0 : Math.min(otherwise, 10);
    }

    int held() {
        return heldCount;
    }

    long submitted() {
        return submitted;
    }

    long dropped() {
        return dropped;
    }

    /** Waits for the retried command; true when the next one may be sent at once. */
    private boolean awaitRetried() throws InterruptedException {
        Map.Entry<Long, Command> entry = retried;
        Outcome outcome;
        try {
            outcome = retriedFuture.get(RETRY_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            retried = null;
            if (journalRefused(e.getCause())) {
                synchronized (this) {
                    pauseUntilMillis = clock.millis() + retryPauseMillis;
                }
                return false;
            }
            LOG.error("held command {} failed; dropped", entry.getValue(), e.getCause());
            remove(entry.getKey());
            return true;
        }
        retried = null;
        remove(entry.getKey());
        if (!outcome.accepted()) {
            LOG.warn("core rejected held command {}: {}", entry.getValue(), outcome.rejection());
        }
        return true;
    }

    private CompletableFuture<Outcome> send(Command command) {
        try {
            return gateway.submit(actor, command);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void completed(long number, Command command, boolean kept, Outcome outcome, Throwable failure) {
        synchronized (this) {
            inFlight--;
            if (journalRefused(failure)) {
                if (!holding) {
                    LOG.error("the journal refused {} ({}); holding PBX commands until it takes them again",
                            command, failure.getMessage());
                    holding = true;
                    pauseUntilMillis = clock.millis() + retryPauseMillis;
                }
                hold(number, command);
                return;
            }
            if (holding && outcome != null && !outcome.accepted()) {
                hold(number, command);
                return;
            }
        }
        if (failure != null) {
            LOG.error("command {} failed", command, failure);
        } else if (!outcome.accepted() && kept) {
            duplicates++;
            LOG.debug("the core had {} already: {}", command, outcome.rejection());
        } else if (!outcome.accepted()) {
            LOG.warn("core rejected {}: {}", command, outcome.rejection());
        }
    }

    private void hold(long number, Command command) {
        if (held.size() >= CAPACITY) {
            dropped++;
            if (dropped == 1 || dropped % 10_000 == 0) {
                LOG.error("{} PBX commands are held for the journal already; {} dropped so far, now {}", CAPACITY,
                        dropped, command);
            }
            return;
        }
        held.put(number, command);
        heldCount = held.size();
    }

    private synchronized void remove(long number) {
        held.remove(number);
        heldCount = held.size();
    }

    private static boolean journalRefused(Throwable failure) {
        return failure instanceof JournalWriteException
                || failure != null && failure.getCause() instanceof JournalWriteException;
    }
}
