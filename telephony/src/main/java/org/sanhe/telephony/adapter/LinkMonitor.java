package org.sanhe.telephony.adapter;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/**
 * The hand-off from Asterisk-Java's event pump to the agent, and the link's health counters. {@link #onManagerEvent}
 * runs on the pump thread and only offers the event to the bounded queue: it never blocks; a full queue drops the
 * event, counts it and flags a re-sync. Items of list responses are left out (the agent gets them with the response)
 * except a list's Complete event, which marks the instant of a re-sync. The counters are read from any thread.
 */
final class LinkMonitor implements ManagerEventListener {

    private final BlockingQueue<ManagerEvent> queue;
    private final EpochClock clock;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    final AtomicLong connects = new AtomicLong();
    final AtomicLong resyncs = new AtomicLong();
    private volatile long lastEventMillis = -1;
    volatile LinkState state = LinkState.STOPPED;
    volatile int liveCalls;

    LinkMonitor(BlockingQueue<ManagerEvent> queue, EpochClock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        lastEventMillis = clock.millis();
        if (event instanceof ResponseEvent && !(event instanceof CoreShowChannelsCompleteEvent)) {
            return;
        }
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
            overflowed.set(true);
        }
    }

    /** Called by Asterisk-Java's callback for a response (e.g. Pong): the link is alive. */
    void responseArrived() {
        lastEventMillis = clock.millis();
    }

    /** Counts a completed re-sync and wakes {@link #awaitResyncs} waiters. */
    synchronized void resynced() {
        resyncs.incrementAndGet();
        notifyAll();
    }

    /** Waits until at least {@code count} re-syncs completed; false on timeout. */
    synchronized boolean awaitResyncs(long count, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (resyncs.get() < count) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** True once after events were dropped: the agent must re-sync. */
    boolean takeOverflow() {
        return overflowed.getAndSet(false);
    }

    TelephonyHealth health(CoreFeed feed) {
        long last = lastEventMillis;
        return new TelephonyHealth(state, last < 0 ? null : Instant.ofEpochMilli(last), connects.get(), resyncs.get(),
                dropped.get(), liveCalls, feed.submitted(), feed.held(), feed.dropped(), feed.standby(), feed.pending(), feed.pendingDropped(),
                feed.duplicates());
    }
}
