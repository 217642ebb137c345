package org.sanhe.dispatch.sequencer;

import com.lmax.disruptor.EventHandler;
import org.sanhe.dispatch.publish.EventPublisher;
import org.sanhe.dispatch.publish.Published;

/** Last handler: publishes each applied command's events and clears the slot for reuse. */
final class PublishHandler implements EventHandler<CommandSlot> {

    private final EventPublisher publisher;

    PublishHandler(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void onEvent(CommandSlot slot, long ringSequence, boolean endOfBatch) {
        if (!slot.isQuery() && slot.failure == null) {
            publisher.publish(new Published(slot.sequence, slot.timestamp, slot.actor, slot.command, slot.events));
        }
        slot.clear();
    }
}
