package org.sanhe.dispatch.runtime.sequencer;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.journal.Journal;
import org.sanhe.dispatch.runtime.publish.EventPublisher;

/**
 * The single door into the core: an LMAX Disruptor ring whose one handler journals, applies and publishes each
 * command ({@link CoreHandler}). Producers on any thread {@link #submit}; the ring orders them. Uses a blocking wait
 * strategy: on two cores shared with Netty, busy-spinning starves the network threads.
 */
public final class Sequencer implements CommandGateway, AutoCloseable {

    private final Disruptor<CommandSlot> disruptor;
    private final RingBuffer<CommandSlot> ring;
    private final CoreHandler handler;
    private volatile boolean running;

    /**
     * @param centre    the recovered centre; from now on only the apply thread touches it
     * @param journal   opened at the end recovery found
     * @param ringSize  a power of two
     */
    public Sequencer(Centre centre, Journal journal, EventPublisher publisher, EpochClock clock, int ringSize,
                     AppliedHook hook) {
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "sanhe-core");
            thread.setDaemon(true);
            return thread;
        };
        disruptor = new Disruptor<>(CommandSlot::new, ringSize, threads, ProducerType.MULTI,
                new ParkingWaitStrategy());
        this.handler = new CoreHandler(journal, clock, centre, publisher, hook);
        disruptor.handleEventsWith(handler);
        ring = disruptor.getRingBuffer();
    }

    public void start() {
        disruptor.start();
        running = true;
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        if (!running) {
            future.completeExceptionally(new IllegalStateException("the sequencer is not running"));
            return future;
        }
        ring.publishEvent(CommandSlot::fillCommand, actor, command, future);
        return future;
    }

    /**
     * Runs a read-only function on the core's thread, in order with the commands: it sees every command submitted
     * before it. It must not change the centre. Nothing is journaled.
     */
    public <T> CompletableFuture<T> read(Function<Centre, T> query) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!running) {
            future.completeExceptionally(new IllegalStateException("the sequencer is not running"));
            return future;
        }
        ring.publishEvent(CommandSlot::fillQuery, query, future);
        return future;
    }

    /** Whether commands are taken: started and not closed. Any thread. */
    public boolean isRunning() {
        return running;
    }

    /**
     * Whether the journal refused the last command it was given, whoever submitted it (a full disk): until a command is
     * journaled again. Read on any thread.
     */
    public boolean journalRefusing() {
        return handler.refusing();
    }

    /** Stops taking commands, lets the ring drain, and stops the handlers. */
    @Override
    public void close() {
        running = false;
        try {
            disruptor.shutdown(10, TimeUnit.SECONDS);
        } catch (com.lmax.disruptor.TimeoutException e) {
            disruptor.halt();
        }
    }
}
