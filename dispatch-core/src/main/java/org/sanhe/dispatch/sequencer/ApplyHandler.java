package org.sanhe.dispatch.sequencer;

import com.lmax.disruptor.EventHandler;
import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.centre.Centre;
import org.sanhe.dispatch.event.Event;
import org.sanhe.dispatch.publish.EventPublisher;
import org.sanhe.dispatch.publish.Published;

/**
 * Second handler, the core's single writer: applies each journaled command to the centre, tells the publisher's
 * listeners and the applied hook, then completes the command's future with the outcome. Futures complete on this thread: callers must not run slow work in dependent stages (use the
 * {@code ...Async} variants).
 */
final class ApplyHandler implements EventHandler<CommandSlot> {

    private final Centre centre;
    private final EventPublisher publisher;
    private final AppliedHook hook;

    ApplyHandler(Centre centre, EventPublisher publisher, AppliedHook hook) {
        this.centre = centre;
        this.publisher = publisher;
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
        List<Event> collected = new ArrayList<>(4);
        centre.apply(slot, collected::add);
        List<Event> events = List.copyOf(collected);
        slot.published = new Published(slot.sequence, slot.timestamp, slot.actor, slot.command, events);
        publisher.applied(slot.published);
        hook.applied(centre, slot.sequence, slot.journalIndex, slot.link);
        slot.future.complete(new Outcome(slot.sequence, slot.timestamp, events));
    }

    private void answer(CommandSlot slot) {
        try {
            slot.future.complete(slot.query.apply(centre));
        } catch (RuntimeException e) {
            slot.future.completeExceptionally(e);
        }
    }
}
