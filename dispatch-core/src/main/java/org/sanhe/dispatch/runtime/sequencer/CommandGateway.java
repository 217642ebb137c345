package org.sanhe.dispatch.runtime.sequencer;

import java.util.concurrent.CompletableFuture;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;

/**
 * Where adapters (telephony, console API, vehicle terminals, the timer wheel) send commands. Thread-safe; never
 * blocks the caller for longer than it takes to claim a ring slot.
 */
public interface CommandGateway {

    /**
     * Submits a command on behalf of an actor. The future completes after the command was journaled and applied,
     * with its outcome (accepted events, or the rejection); it completes exceptionally when the command could not be
     * journaled (e.g. the disk is full), in which case the command had no effect.
     */
    CompletableFuture<Outcome> submit(Actor actor, Command command);
}
