package org.sanhe.dispatch.sequencer;

import com.lmax.disruptor.EventHandler;
import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.centre.Centre;
import org.sanhe.dispatch.event.Event;

/**
 * Second handler, the core's single writer: applies each journaled command to the centre and completes its future
 * with the outcome. Futures complete on this thread: callers must not run slow work in dependent stages (use the
 * {@code ...Async} variants).
 */
final class ApplyHandler implements EventHandler<CommandSlot> {

    private final Centre centre;
    private final AppliedHook hook;

    ApplyHandler(Centre centre, AppliedHook hook) {
        this.centre = centre;
        this.hook = hook;
    }

    @Override
    public void onEvent(CommandSlot slot, long ringSequence, boolean endOfBatch) {
        if (slot.isQuery()) {
            answer(slot);
            return;
        }
        if (slot.failure != null) {
            slot.future.completeExceptionally(slot.failure);
            return;
        }
        List<Event> events = new ArrayList<>(4);
        centre.apply(slot, events::add);
        slot.events = List.copyOf(events);
        slot.future.complete(new Outcome(slot.sequence, slot.timestamp, slot.events));
        hook.applied(centre, slot.sequence, slot.journalIndex, slot.link);
    }

    private void answer(CommandSlot slot) {
        try {
            slot.future.complete(slot.query.apply(centre));
        } catch (RuntimeException e) {
            slot.future.completeExceptionally(e);
        }
    }
}
