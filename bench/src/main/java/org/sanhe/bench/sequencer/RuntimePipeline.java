package org.sanhe.bench.sequencer;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.dispatch.runtime.recovery.Recovery;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/** The real runtime: Disruptor, Chronicle journal with hash chain, the pure core. */
final class RuntimePipeline implements Pipeline {

    private final DispatchRuntime runtime;

    RuntimePipeline(Path dir, Durability durability, EpochClock clock) {
        this.runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withDurability(durability)
                .withoutTimerThread(), clock);
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        return runtime.submit(actor, command);
    }

    /** Recovery from the journal alone: read, verify the chain, decode, apply. Entries replayed. */
    static long replay(Path dir) {
        return Recovery.recover(dir, SnapshotSource.NONE).replayed();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
