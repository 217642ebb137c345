package org.sanhe.console.stream;

import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * The hub listener that feeds the WebSocket clients. On the hub thread it encodes each published command once, as
 * JSON and then as a WebSocket frame ({@link WireFrames}); the same bytes go to every client.
 *
 * <p>Each event loop has a feed: the hub appends to it, and one task on the loop takes everything that has
 * accumulated and gives it to each of the loop's clients, which writes it all and flushes once. While a loop keeps
 * up, that is one message per flush; when it falls behind, the next turn carries all that arrived meanwhile, so the
 * system calls per message fall as the load rises and a burst is absorbed instead of queueing up ("smart batching").
 * No client can slow the hub or a client on another loop; a client too slow for its own buffers is cut loose
 * ({@link StreamClient}).
 *
 * <p>A loop takes at most one turn per {@code linger}: a message that arrives less than {@code linger} after the
 * loop's last turn waits for the rest of it, and goes out with whatever else arrives meanwhile. Under light load
 * (messages further apart than the linger) nothing waits; under heavy load each client gets one write per linger
 * instead of one per message, and every write is a system call on the server and a wake-up of the client, which on
 * a busy machine costs more time than the wait. {@link #DEFAULT_LINGER}: 2 ms
 * (measured with the end-to-end harness, docs/benchmarks.md §6).
 *
 * <p>A loop's clients are touched only on that loop: a client joins and leaves on its own event loop.
 */
public final class StreamFanout implements HubListener {

    private static final StreamClient[] NONE = new StreamClient[0];

    private final StreamMessages messages;
    private final WireFrames frames = new WireFrames();
    private final Map<EventExecutor, LoopFeed> feeds = new ConcurrentHashMap<>();
    private final AtomicInteger clientCount = new AtomicInteger();
    /** The hub's batch being collected; hub thread only. */
    private final List<StreamClient.Message> batch = new ArrayList<>();

    /** How long a loop waits after a turn before the next one, at most. */
    public static final Duration DEFAULT_LINGER = Duration.ofMillis(2);

    private final long lingerNanos;

    public StreamFanout(StreamMessages messages, Duration linger) {
        this.messages = messages;
        this.lingerNanos = linger.toNanos();
    }

    /** Call on the client's event loop. */
    void add(StreamClient client) {
        EventExecutor loop = client.channel().eventLoop();
        feeds.computeIfAbsent(loop, l -> new LoopFeed(l, lingerNanos)).clients.add(client);
        clientCount.incrementAndGet();
    }

    /** Call on the client's event loop; removing a client twice is harmless. */
    void remove(StreamClient client) {
        LoopFeed feed = feeds.get(client.channel().eventLoop());
        if (feed != null && feed.clients.remove(client)) {
            clientCount.decrementAndGet();
        }
    }

    /** Connected clients (for the metrics). */
    public long clientCount() {
        return clientCount.get();
    }

    @Override
    public void published(Published published) {
        if (clientCount.get() == 0) {
            return;
        }
        byte[] json = messages.event(new StampedCommand(published.sequence(), published.timestamp(),
                published.actor(), published.command()), published.events());
        batch.add(new StreamClient.Message(published.sequence(), frames.text(json)));
    }

    @Override
    public void endOfBatch() {
        if (batch.isEmpty()) {
            return;
        }
        feeds.values().forEach(feed -> feed.offer(batch));
        batch.clear();
    }

    @Override
    public void missed(long fromSequence) {
        endOfBatch();
        feeds.values().forEach(feed -> feed.loop.execute(() -> {
            for (StreamClient client : feed.clients.toArray(NONE)) {
                client.cut(StreamClient.CLOSE_SERVER_BEHIND, "resume from=" + client.resumeFrom());
            }
        }));
    }

    /** One event loop's clients and the messages waiting for its next turn. */
    private static final class LoopFeed implements Runnable {
        final EventExecutor loop;
        /** The loop's clients; touched on the loop only. */
        final List<StreamClient> clients = new ArrayList<>();
        /** Messages for the next turn; appended by the hub, taken by the loop, under this feed's lock. */
        private List<StreamClient.Message> waiting = new ArrayList<>();
        /** A turn is scheduled and has not yet taken the waiting messages. */
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final long lingerNanos;
        /** When the last turn took its messages ({@code System.nanoTime}). */
        private volatile long lastTurn;

        LoopFeed(EventExecutor loop, long lingerNanos) {
            this.loop = loop;
            this.lingerNanos = lingerNanos;
            this.lastTurn = System.nanoTime() - lingerNanos;
        }

        /** Hub thread. */
        void offer(List<StreamClient.Message> messages) {
            synchronized (this) {
                waiting.addAll(messages);
            }
            if (scheduled.compareAndSet(false, true)) {
                long wait = lastTurn + lingerNanos - System.nanoTime();
                if (wait <= 0) {
                    loop.execute(this);
                } else {
                    loop.schedule(this, wait, TimeUnit.NANOSECONDS);
                }
            }
        }

        /** The loop's turn: everything that accumulated, to every client, in one write each. */
        @Override
        public void run() {
            lastTurn = System.nanoTime();
            scheduled.set(false);
            List<StreamClient.Message> turn;
            synchronized (this) {
                turn = waiting;
                waiting = new ArrayList<>(Math.max(16, turn.size()));
            }
            if (turn.isEmpty()) {
                return;
            }
            for (StreamClient client : clients.toArray(NONE)) {
                client.live(turn);
            }
        }
    }
}
