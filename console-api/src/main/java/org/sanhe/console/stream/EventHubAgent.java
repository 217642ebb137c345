package org.sanhe.console.stream;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.sanhe.dispatch.runtime.publish.Delivery;
import org.sanhe.dispatch.runtime.publish.Missed;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one core {@link Subscription} on its own thread and hands every delivery to the registered listeners in
 * order, in batches of what has accumulated (at most {@link #MAX_BATCH}): the more the hub falls behind, the more
 * each listener's per-batch work is shared among commands ("smart batching"), so a burst is absorbed rather than
 * queued. Listeners may be added and removed from any thread. {@link #close()} stops the thread and closes the
 * subscription.
 */
public final class EventHubAgent implements AutoCloseable {

    /** The most deliveries handed over as one batch. */
    static final int MAX_BATCH = 256;

    private static final Logger LOG = LoggerFactory.getLogger(EventHubAgent.class);

    private final Subscription subscription;
    private final List<HubListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lastSequence;

    public EventHubAgent(Subscription subscription) {
        this.subscription = subscription;
        this.thread = new Thread(this::run, "console-hub");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public void add(HubListener listener) {
        listeners.add(listener);
    }

    public void remove(HubListener listener) {
        listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** The sequence of the last command handed to the listeners, 0 before the first. */
    public long lastSequence() {
        return lastSequence;
    }

    private void run() {
        while (running) {
            try {
                Delivery delivery = subscription.poll(100, TimeUnit.MILLISECONDS);
                if (delivery == null) {
                    continue;
                }
                for (int n = 1; delivery != null; n++) {
                    handOver(delivery);
                    delivery = n < MAX_BATCH ? subscription.next() : null;
                }
                listeners.forEach(EventHubAgent::endOfBatch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void handOver(Delivery delivery) {
        if (delivery instanceof Published p) {
            lastSequence = p.sequence();
            listeners.forEach(l -> deliver(l, p));
        } else if (delivery instanceof Missed m) {
            LOG.warn("the console hub missed commands from {}", m.fromSequence());
            listeners.forEach(l -> l.missed(m.fromSequence()));
        }
    }

    private static void endOfBatch(HubListener listener) {
        try {
            listener.endOfBatch();
        } catch (RuntimeException e) {
            LOG.error("a hub listener failed", e);
        }
    }

    private static void deliver(HubListener listener, Published published) {
        try {
            listener.published(published);
        } catch (RuntimeException e) {
            LOG.error("a hub listener failed", e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscription.close();
    }
}
