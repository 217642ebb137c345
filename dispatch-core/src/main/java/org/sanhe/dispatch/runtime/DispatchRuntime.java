package org.sanhe.dispatch.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.clock.TimerAgent;
import org.sanhe.dispatch.runtime.clock.TimerSchedule;
import org.sanhe.dispatch.runtime.journal.Journal;
import org.sanhe.dispatch.runtime.journal.JournalQueue;
import org.sanhe.dispatch.runtime.journal.JournalReader;
import org.sanhe.dispatch.runtime.publish.EventPublisher;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.dispatch.runtime.recovery.Recovery;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.sequencer.AppliedHook;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.runtime.sequencer.Sequencer;
import org.sanhe.dispatch.runtime.snapshot.SnapshotKeeper;

/**
 * The core, running: recovered from its journal, taking commands through the sequencer, publishing events, firing
 * timers. The embedded single node's {@link CoreHost}. Thread-safe; {@link #close()} once.
 */
public final class DispatchRuntime implements CoreHost {

    private final Recovery.Recovered recovered;
    private final JournalQueue queue;
    private final Journal journal;
    private final EventPublisher publisher = new EventPublisher();
    private final TimerSchedule schedule = new TimerSchedule();
    private final Sequencer sequencer;
    private final TimerAgent timers;

    private final SnapshotKeeper snapshots;
    /** Written on the core's thread as each command is applied, before its submitter hears back. */
    private volatile long lastApplied;

    private DispatchRuntime(RuntimeOptions options, EpochClock clock) {
        snapshots = options.snapshotDir() == null ? null
                : new SnapshotKeeper(options.snapshotDir(), options.snapshotEvery());
        SnapshotSource source = snapshots == null ? SnapshotSource.NONE : snapshots;
        AppliedHook hook = snapshots == null ? AppliedHook.NONE : snapshots;
        queue = JournalQueue.open(options.journalDir(), clock);
        try (JournalReader reader = queue.reader()) {
            recovered = Recovery.recover(reader, source);
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
        journal = queue.writer(options.durability(), recovered.end());
        schedule.seed(recovered.centre().timers().pending());
        publisher.listen(schedule::onPublished);
        lastApplied = recovered.end().sequence();
        publisher.listen(published -> lastApplied = published.sequence());
        sequencer = new Sequencer(recovered.centre(), journal, publisher, clock, options.ringSize(), hook);
        timers = new TimerAgent(schedule, sequencer, clock);
    }

    /**
     * Recovers (from the newest usable snapshot when the options name a snapshot directory, then the journal after
     * it) and starts taking commands.
     */
    public static DispatchRuntime start(RuntimeOptions options, EpochClock clock) {
        DispatchRuntime runtime = new DispatchRuntime(options, clock);
        runtime.sequencer.start();
        if (options.runTimers()) {
            runtime.timers.start();
        }
        return runtime;
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        return sequencer.submit(actor, command);
    }

    /** The single node is the only submitter: a plain {@link #submit}. */
    @Override
    public CompletableFuture<Outcome> submitOnce(long key, Actor actor, Command command) {
        return submit(actor, command);
    }

    /** A read-only look at the centre on its own thread, in order with the commands. */
    @Override
    public <T> CompletableFuture<T> read(Function<Centre, T> query) {
        return sequencer.read(query);
    }

    /**
     * The sequence of the last command applied to the centre, from any thread without waiting: a submitter that has
     * heard back finds its command's sequence here or a later one. Read models compare theirs with it.
     */
    @Override
    public long lastApplied() {
        return lastApplied;
    }

    /** Whether the core takes commands: started and not closed. Any thread. */
    @Override
    public boolean isRunning() {
        return sequencer.isRunning();
    }

    /** Whether the journal refused the last command it was given, whoever submitted it: see the sequencer's. */
    @Override
    public boolean journalRefusing() {
        return sequencer.journalRefusing();
    }

    /** A bounded subscription to everything published from now on. */
    @Override
    public Subscription subscribe(String name, int capacity) {
        return publisher.subscribe(name, capacity);
    }

    public TimerAgent timers() {
        return timers;
    }

    /**
     * The runtime's snapshots, for readers that may start from one instead of the journal's beginning (none when the
     * options name no snapshot directory). Safe from any thread.
     */
    @Override
    public SnapshotSource snapshots() {
        return snapshots == null ? SnapshotSource.NONE : snapshots;
    }

    public Recovery.Recovered recovered() {
        return recovered;
    }

    @Override
    public void close() {
        timers.close();
        sequencer.close();
        if (snapshots != null) {
            snapshots.close();
        }
        journal.close();
        queue.close();
    }
}
