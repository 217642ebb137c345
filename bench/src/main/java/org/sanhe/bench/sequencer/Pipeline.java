package org.sanhe.bench.sequencer;

import java.util.concurrent.CompletableFuture;
import org.sanhe.dispatch.command.Actor;
import org.sanhe.dispatch.command.Command;
import org.sanhe.dispatch.sequencer.Outcome;

/** What the harness drives: the real runtime or the baseline. */
interface Pipeline extends AutoCloseable {

    CompletableFuture<Outcome> submit(Actor actor, Command command);

    @Override
    void close();
}
