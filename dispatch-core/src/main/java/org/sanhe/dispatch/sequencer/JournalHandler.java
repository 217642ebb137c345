package org.sanhe.dispatch.sequencer;

import com.lmax.disruptor.EventHandler;
import org.sanhe.dispatch.journal.Journal;
import org.sanhe.dispatch.journal.JournalPosition;
import org.sanhe.dispatch.time.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler: stamps each command with the next sequence and a time from the clock (never earlier than the
 * previous one), and appends it to the journal. Under fsync durability the batch is forced before the ring lets the
 * apply handler see it, so no command is acknowledged before it is durable.
 */
final class JournalHandler implements EventHandler<CommandSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(JournalHandler.class);

    private final Journal journal;
    private final EpochClock clock;
    private long lastTimestamp;

    JournalHandler(Journal journal, EpochClock clock) {
        this.journal = journal;
        this.clock = clock;
        this.lastTimestamp = journal.last().timestamp();
    }

    @Override
    public void onEvent(CommandSlot slot, long ringSequence, boolean endOfBatch) {
        if (!slot.isQuery()) {
            append(slot);
        }
        if (endOfBatch) {
            journal.endBatch();
        }
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
}
