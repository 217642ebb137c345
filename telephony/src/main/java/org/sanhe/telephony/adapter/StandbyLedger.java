package org.sanhe.telephony.adapter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;

/**
 * The commands a standby adapter's tracker emitted that this member's replica has not applied yet: the facts the
 * leader's adapter has not (or not yet) brought to the core. A member of a cluster runs its adapter all the time; on
 * a follower the tracker's commands are {@link #keep kept} here, in order, instead of being submitted, and each is
 * dropped when the replica {@link #applied applies} the same fact from the leader — the same command type for the
 * same call id, matched oldest first. An applied fact that arrives before the tracker emitted it (this member's AMI
 * events came later than the leader's commit) is remembered and cancels the command when it comes. On promotion the
 * adapter {@link #drain drains} what is left and submits it in order: the events the PBX sent while no leader
 * listened. A command the old leader had in flight may thus reach the core twice; the core rejects the second as a
 * duplicate.
 *
 * <p>Bounded: at most {@link #CAPACITY} commands and remembered facts, none older than {@link #MAX_AGE_MILLIS} on
 * the adapter's clock; commands pushed out are counted as {@link #dropped}. Commands other than call commands are
 * never matched and are kept like the others.
 *
 * <p>Used by the adapter's agent thread only; the counters may be read from any thread.
 */
final class StandbyLedger {

    /** The most commands kept, and the most applied facts remembered. */
    static final int CAPACITY = 10_000;
    /** How long a command is kept (and an applied fact remembered), on the adapter's clock: ten minutes. */
    static final long MAX_AGE_MILLIS = 600_000;

    private record Fact(Class<?> type, String callId) {

        /** The fact a command states, or null for a command no other member's adapter can state. */
        static Fact of(Command command) {
            String callId = callIdOf(command);
            return callId == null ? null : new Fact(command.getClass(), callId);
        }
    }

    private record Entry(Command command, Fact fact, long atMillis) {
    }

    private final int capacity;
    private final long maxAgeMillis;
    private final ArrayDeque<Entry> pending = new ArrayDeque<>();
    private final ArrayDeque<Entry> appliedEarly = new ArrayDeque<>();
    private volatile int size;
    private volatile long dropped;
    private volatile long matched;

    StandbyLedger() {
        this(CAPACITY, MAX_AGE_MILLIS);
    }

    StandbyLedger(int capacity, long maxAgeMillis) {
        this.capacity = capacity;
        this.maxAgeMillis = maxAgeMillis;
    }

    /** Keeps a command the tracker emitted at {@code nowMillis}, unless the replica applied its fact already. */
    void keep(Command command, long nowMillis) {
        prune(nowMillis);
        Fact fact = Fact.of(command);
        if (fact != null && removeFirst(appliedEarly, fact)) {
            matched++;
            return;
        }
        if (pending.size() >= capacity) {
            pending.pollFirst();
            dropped++;
        }
        pending.addLast(new Entry(command, fact, nowMillis));
        size = pending.size();
    }

    /** The replica applied {@code command} (from whichever adapter) at {@code nowMillis} on the adapter's clock. */
    void applied(Command command, long nowMillis) {
        prune(nowMillis);
        Fact fact = Fact.of(command);
        if (fact == null) {
            return;
        }
        if (removeFirst(pending, fact)) {
            matched++;
            size = pending.size();
            return;
        }
        if (appliedEarly.size() >= capacity) {
            appliedEarly.pollFirst();
        }
        appliedEarly.addLast(new Entry(command, fact, nowMillis));
    }

    /** The kept commands, oldest first, as of {@code nowMillis}; the ledger is empty afterwards. */
    List<Command> drain(long nowMillis) {
        prune(nowMillis);
        List<Command> out = new ArrayList<>(pending.size());
        for (Entry e : pending) {
            out.add(e.command());
        }
        pending.clear();
        appliedEarly.clear();
        size = 0;
        return out;
    }

    /** Commands kept now. */
    int size() {
        return size;
    }

    /** Commands pushed out by the bounds so far. */
    long dropped() {
        return dropped;
    }

    /** Commands matched with a fact the replica applied so far. */
    long matched() {
        return matched;
    }

    private void prune(long nowMillis) {
        while (!pending.isEmpty() && nowMillis - pending.peekFirst().atMillis() > maxAgeMillis) {
            pending.pollFirst();
            dropped++;
        }
        while (!appliedEarly.isEmpty() && nowMillis - appliedEarly.peekFirst().atMillis() > maxAgeMillis) {
            appliedEarly.pollFirst();
        }
        size = pending.size();
    }

    private static boolean removeFirst(ArrayDeque<Entry> entries, Fact fact) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            if (fact.equals(it.next().fact())) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private static String callIdOf(Command command) {
        if (command instanceof OfferCall c) {
            return c.callId();
        } else if (command instanceof AnswerCall c) {
            return c.callId();
        } else if (command instanceof EndCall c) {
            return c.callId();
        } else if (command instanceof AbandonCall c) {
            return c.callId();
        } else if (command instanceof LocateCaller c) {
            return c.callId();
        } else if (command instanceof AttachRecording c) {
            return c.callId();
        }
        return null;
    }
}
