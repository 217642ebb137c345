package org.sanhe.dispatch.domain.command;

/**
 * A command with what the edge stamped on it: the journal sequence, the time in epoch milliseconds and the actor.
 * Implemented by the sequencer's reusable ring slot (no allocation per command) and by {@link StampedCommand}.
 * The core reads it during {@code apply} only and must not keep a reference to it.
 */
public interface Stamped {

    long sequence();

    long timestamp();

    Actor actor();

    Command command();
}
