package org.sanhe.console.stream;

import org.sanhe.dispatch.publish.Published;

/** Receives the hub's deliveries on the hub's thread, in sequence order; must return at once and never block. */
public interface HubListener {

    void published(Published published);

    /** The hub's own core subscription overflowed: commands from {@code fromSequence} on were not delivered. */
    default void missed(long fromSequence) {
    }
}
