package org.sanhe.dispatch.sequencer;

import com.lmax.disruptor.EventHandler;
import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.centre.Centre;
import org.sanhe.dispatch.event.Event;
import org.sanhe.dispatch.journal.Durability;
import org.sanhe.dispatch.journal.Journal;
import org.sanhe.dispatch.journal.JournalPosition;
import org.sanhe.dispatch.publish.EventPublisher;
import org.sanhe.dispatch.publish.Published;
import org.sanhe.dispatch.time.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ring's one handler and the core's single writer. For each command, in ring order: stamp it with the next
 * sequence and a time from the clock (never earlier than the previous one), append it to the journal, and only then
 * apply it to the centre, tell the publisher's listeners and the hook, complete the submitter's future, and offer
 * the result to the subscriptions. Under {@link Durability#FSYNC} the commands of a batch are journaled, forced to the
 * device together, and then applied: nothing is acknowledged before it is durable.
 *
 * <p>One thread does all of it on purpose: on two cores shared with Netty, every extra hand-off between threads is
 * a wake-up on the latency path.
 */
final class CoreHandler implements EventHandler<CommandSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(CoreHandler.class);
    private static final int MAX_UNSYNCED = 1024;

    private final Journal journal;
    private final EpochClock clock;
    private final Centre centre;
    private final EventPublisher publisher;
    private final AppliedHook hook;
    private final boolean fsync;
    private final List<CommandSlot> unsynced = new ArrayList<>();
    private long lastTimestamp;

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
            if (fsync) {
                unsynced.add(slot);
                if (unsynced.size() >= MAX_UNSYNCED) {
                    drain();
                }
            } else {
                complete(slot);
            }
        }
        if (endOfBatch) {
            drain();
        }
    }

    /** Forces what was journaled and applies it. */
    private void drain() {
        if (unsynced.isEmpty()) {
            return;
        }
        try {
            journal.endBatch();
        } catch (RuntimeException e) {
            LOG.error("journal sync failed; the batch may or may not survive a power loss", e);
        }
        for (CommandSlot slot : unsynced) {
            complete(slot);
        }
        unsynced.clear();
    }

    private void append(CommandSlot slot) {
        long timestamp = Math.max(clock.millis(), lastTimestamp);
        try {
            JournalPosition position = journal.append(journal.last().sequence() + 1, timestamp, slot.actor,
                    slot.command);
            slot.sequence = position.sequence();
            slot.timestamp = timestamp;
            slot.journalIndex = position.index();
            slot.link = position.link();
            lastTimestamp = timestamp;
        } catch (RuntimeException e) {
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
