package org.sanhe.dispatch.runtime.sequencer;

import com.lmax.disruptor.EventHandler;
import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.clock.CommandTime;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.dispatch.runtime.journal.Journal;
import org.sanhe.dispatch.runtime.journal.JournalFullException;
import org.sanhe.dispatch.runtime.journal.JournalPosition;
import org.sanhe.dispatch.runtime.publish.EventPublisher;
import org.sanhe.dispatch.runtime.publish.Published;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ring's one handler and the core's single writer. For each command, in ring order: stamp it with the next
 * sequence and a time from the clock (never earlier than the previous one) and append it to the journal; then, for
 * the batch the ring handed over (at most {@value #MAX_BATCH} at a time), under {@link Durability#FSYNC} force the
 * journal to the device, and only then apply each command to the centre, tell the publisher's listeners and the
 * hook, complete the submitter's future, and offer the result to the subscriptions. Nothing is acknowledged before
 * it is journaled (and, under fsync, durable). A batch is as large as the backlog: one command when the core keeps
 * up, so batching costs no latency and saves wake-ups under load.
 *
 * <p>One thread does all of it on purpose: on two cores shared with Netty, every extra hand-off between threads is
 * a wake-up on the latency path.
 */
final class CoreHandler implements EventHandler<CommandSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(CoreHandler.class);
    private static final int MAX_BATCH = 1024;

    private final Journal journal;
    private final EpochClock clock;
    private final Centre centre;
    private final EventPublisher publisher;
    private final AppliedHook hook;
    private final boolean fsync;
    private final List<CommandSlot> journaled = new ArrayList<>();
    private long lastTimestamp;
    private volatile boolean refusing;

    CoreHandler(Journal journal, EpochClock clock, Centre centre, EventPublisher publisher, AppliedHook hook) {
        this.journal = journal;
        this.clock = clock;
        this.centre = centre;
        this.publisher = publisher;
        this.hook = hook;
        this.fsync = journal.durability() == Durability.FSYNC;
        this.lastTimestamp = journal.last().timestamp();
    }

    @Override
    public void onEvent(CommandSlot slot, long ringSequence, boolean endOfBatch) {
        if (slot.isQuery()) {
            drain();
            answer(slot);
            slot.clear();
        } else {
            append(slot);
            journaled.add(slot);
            if (journaled.size() >= MAX_BATCH) {
                drain();
            }
        }
        if (endOfBatch) {
            drain();
        }
    }

    /** Whether the journal refused the last command it was given (any submitter's). Read on any thread. */
    boolean refusing() {
        return refusing;
    }

    /** Forces what was journaled (under fsync) and applies it. */
    private void drain() {
        if (journaled.isEmpty()) {
            return;
        }
        if (fsync) {
            try {
                journal.endBatch();
            } catch (RuntimeException e) {
                LOG.error("journal sync failed; the batch may or may not survive a power loss", e);
            }
        }
        for (CommandSlot slot : journaled) {
            complete(slot);
        }
        journaled.clear();
    }

    private void append(CommandSlot slot) {
        long timestamp = CommandTime.stamp(clock.millis(), lastTimestamp);
        try {
            JournalPosition position = journal.append(journal.last().sequence() + 1, timestamp, slot.actor,
                    slot.command);
            slot.sequence = position.sequence();
            slot.timestamp = timestamp;
            slot.journalIndex = position.index();
            slot.link = position.link();
            lastTimestamp = timestamp;
            refusing = false;
        } catch (JournalFullException e) {
            refusing = true;
            LOG.error("journal full; {} refused: {}", slot.command.getClass().getSimpleName(), e.getMessage());
            slot.failure = new JournalWriteException(e.getMessage(), e);
        } catch (RuntimeException | InternalError e) {
            // InternalError: a fault in a mapped write. Caught so that the core thread lives on and refuses commands
            // with a clear error (the journal refuses appends from now on) instead of dying and leaving every
            // submitter waiting for ever.
            refusing = true;
            LOG.error("journal append failed; {} refused", slot.command.getClass().getSimpleName(), e);
            slot.failure = new JournalWriteException("the journal could not be written: " + e.getMessage(), e);
        }
    }

    private void complete(CommandSlot slot) {
        if (slot.failure != null) {
            slot.future.completeExceptionally(slot.failure);
            slot.clear();
            return;
        }
        List<Event> collected = new ArrayList<>(4);
        centre.apply(slot, collected::add);
        List<Event> events = List.copyOf(collected);
        Published published = new Published(slot.sequence, slot.timestamp, slot.actor, slot.command, events);
        publisher.applied(published);
        hook.applied(centre, slot.sequence, slot.journalIndex, slot.link);
        slot.future.complete(new Outcome(slot.sequence, slot.timestamp, events));
        publisher.publish(published);
        slot.clear();
    }

    private void answer(CommandSlot slot) {
        try {
            slot.future.complete(slot.query.apply(centre));
        } catch (RuntimeException e) {
            slot.future.completeExceptionally(e);
        }
    }
}
