package org.sanhe.dispatch.sequencer;

import com.lmax.disruptor.EventHandler;
import org.sanhe.dispatch.publish.EventPublisher;

/** Last handler: publishes each applied command's events and clears the slot for reuse. */
final class PublishHandler implements EventHandler<CommandSlot> {

    private final EventPublisher publisher;

    PublishHandler(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void onEvent(CommandSlot slot, long ringSequence, boolean endOfBatch) {
        if (slot.published != null) {
            publisher.publish(slot.published);
        }
        slot.clear();
    }
}
