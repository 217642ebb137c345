package org.sanhe.console.stream;

import org.sanhe.dispatch.runtime.publish.Published;

/**
 * Receives the hub's deliveries on the hub's thread, in sequence order; must return at once and never block. The hub
 * hands over whatever has accumulated since its last turn as one batch: {@link #published} for each command, then
 * {@link #endOfBatch()}, so that a listener can do per batch what it would otherwise do per command.
 */
public interface HubListener {

    void published(Published published);

    /** The end of a batch of {@link #published} calls: nothing else is waiting for the hub at this moment. */
    default void endOfBatch() {
    }

    /** The hub's own core subscription overflowed: commands from {@code fromSequence} on were not delivered. */
    default void missed(long fromSequence) {
    }
}
