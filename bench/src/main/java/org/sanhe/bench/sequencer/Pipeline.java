package org.sanhe.bench.sequencer;

import java.util.concurrent.CompletableFuture;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/** What the harness drives: the real runtime or the baseline. */
interface Pipeline extends AutoCloseable {

    CompletableFuture<Outcome> submit(Actor actor, Command command);

    @Override
    void close();
}
