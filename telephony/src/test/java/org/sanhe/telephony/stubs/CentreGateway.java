package org.sanhe.telephony.stubs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * A {@link CommandGateway} that applies each command to a real {@link Centre} at once, on the submitting thread, and
 * records it with its outcome so tests can wait for it. Stands in for the sequencer (no journal); {@link #refuse}
 * makes it fail every command as the sequencer does when the journal's disk is full.
 */
public final class CentreGateway implements CommandGateway {

    /** One submitted command and what the core made of it. */
    public record Submitted(Actor actor, Command command, Outcome outcome) {
    }

    private final Centre centre = new Centre();
    private final BlockingQueue<Submitted> submitted = new LinkedBlockingQueue<>();
    private final List<Submitted> history = new ArrayList<>();
    private long sequence;
    private volatile boolean holdNext;
    private volatile boolean refusing;
    private final AtomicLong refused = new AtomicLong();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);

    /** The next submit blocks the submitting thread until {@link #release()} (once per gateway): a stalled core. */
    public void holdNext() {
        holdNext = true;
    }

    /** Waits until a submit is being held. */
    public boolean awaitHolding(long timeoutSeconds) throws InterruptedException {
        return holding.await(timeoutSeconds, TimeUnit.SECONDS);
    }

    public void release() {
        gate.countDown();
    }

    /**
     * From now on (while {@code refusing}), every command fails with a {@code JournalWriteException} and has no effect:
     * a journal whose disk is full.
     */
    public void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    /** Commands failed so far because of {@link #refuse}. */
    public long refused() {
        return refused.get();
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        if (holdNext) {
            holdNext = false;
            holding.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (refusing) {
            refused.incrementAndGet();
            return CompletableFuture.failedFuture(DeferredGateway.journalFull());
        }
        return apply(actor, command);
    }

    private synchronized CompletableFuture<Outcome> apply(Actor actor, Command command) {
        List<Event> events = new ArrayList<>();
        sequence++;
        long time = 1_764_000_000_000L + sequence;
        centre.apply(new StampedCommand(sequence, time, actor, command), events::add);
        Outcome outcome = new Outcome(sequence, time, events);
        Submitted record = new Submitted(actor, command, outcome);
        history.add(record);
        submitted.add(record);
        return CompletableFuture.completedFuture(outcome);
    }

    /**
     * Takes submitted commands in order up to and including the first that matches {@code last}.
     *
     * @throws AssertionError if none matched within the timeout
     */
    public List<Submitted> takeThrough(Predicate<Command> last, long timeoutSeconds) throws InterruptedException {
        List<Submitted> taken = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            Submitted next = submitted.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("timed out; got only " + taken);
            }
            taken.add(next);
            if (last.test(next.command())) {
                return taken;
            }
        }
    }

    /** Every command submitted so far, in order. */
    public synchronized List<Submitted> history() {
        return List.copyOf(history);
    }

    /** Commands submitted but not taken yet. */
    public List<Submitted> drain() {
        List<Submitted> rest = new ArrayList<>();
        submitted.drainTo(rest);
        return rest;
    }
}
