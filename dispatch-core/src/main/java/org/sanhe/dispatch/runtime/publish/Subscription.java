package org.sanhe.dispatch.runtime.publish;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's bounded buffer. The publisher offers from the core's publish thread and never waits; the
 * subscriber polls from its own thread. When the buffer is full the subscriber loses events from that point until
 * it has drained what it holds, and then receives one {@link Missed}.
 */
public final class Subscription implements AutoCloseable {

    private final String name;
    private final ArrayBlockingQueue<Published> buffer;
    private final AtomicLong missedFrom = new AtomicLong();
    private final Runnable onClose;
    private volatile boolean closed;

    Subscription(String name, int capacity, Runnable onClose) {
        this.name = name;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.onClose = onClose;
    }

    /** Publisher side; never blocks. */
    void offer(Published published) {
        if (missedFrom.get() != 0) {
            return;
        }
        if (!buffer.offer(published)) {
            missedFrom.compareAndSet(0, published.sequence());
        }
    }

    /** The next delivery, waiting up to the timeout; null when none came. */
    public Delivery poll(long timeout, TimeUnit unit) throws InterruptedException {
        Delivery ready = next();
        if (ready != null) {
            return ready;
        }
        Published published = buffer.poll(timeout, unit);
        return published != null ? published : next();
    }

    /** The next delivery without waiting, or null. */
    public Delivery next() {
        Published published = buffer.poll();
        if (published != null) {
            return published;
        }
        long from = missedFrom.get();
        if (from != 0 && missedFrom.compareAndSet(from, 0)) {
            return new Missed(from);
        }
        return null;
    }

    public String name() {
        return name;
    }

    /** Deliveries waiting. */
    public int backlog() {
        return buffer.size();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        onClose.run();
    }
}
