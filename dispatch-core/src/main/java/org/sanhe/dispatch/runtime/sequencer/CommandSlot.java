package org.sanhe.dispatch.runtime.sequencer;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.Stamped;

/**
 * The ring's preallocated, reused entry. Producers fill the command (or a read-only query) and its future; the core
 * handler stamps sequence and time, journals, applies, completes the future, publishes, and clears the slot. The
 * ring's sequence barrier orders the producer's writes before the handler's reads.
 */
final class CommandSlot implements Stamped {

    Actor actor;
    Command command;
    Function<Centre, ?> query;
    CompletableFuture<Object> future;
    long sequence;
    long timestamp;
    long journalIndex;
    byte[] link;
    RuntimeException failure;

    @SuppressWarnings("unchecked")
    static void fillCommand(CommandSlot slot, long ringSequence, Actor actor, Command command,
                            CompletableFuture<?> future) {
        slot.actor = actor;
        slot.command = command;
        slot.query = null;
        slot.future = (CompletableFuture<Object>) future;
    }

    @SuppressWarnings("unchecked")
    static void fillQuery(CommandSlot slot, long ringSequence, Function<Centre, ?> query,
                          CompletableFuture<?> future) {
        slot.actor = null;
        slot.command = null;
        slot.query = query;
        slot.future = (CompletableFuture<Object>) future;
    }

    boolean isQuery() {
        return query != null;
    }

    void clear() {
        actor = null;
        command = null;
        query = null;
        future = null;
        link = null;
        failure = null;
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public long timestamp() {
        return timestamp;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Command command() {
        return command;
    }
}
