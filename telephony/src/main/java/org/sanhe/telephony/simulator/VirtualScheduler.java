package org.sanhe.telephony.simulator;

import java.util.PriorityQueue;

/**
 * Virtual time for tests: nothing runs until the test calls {@link #runUntilIdle()} or {@link #advance(long)}, which
 * run due tasks in time order (ties in scheduling order) on the calling thread. Not thread-safe: one test thread owns
 * it.
 */
public final class VirtualScheduler implements SimScheduler {

    private record Task(long at, long seq, Runnable action) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at != b.at
            ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    private long nowMillis;
    private long sequence;

    public VirtualScheduler(long startEpochMillis) {
        this.nowMillis = startEpochMillis;
    }

    @Override
    public long millis() {
        return nowMillis;
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        tasks.add(new Task(nowMillis + Math.max(0, delayMillis), sequence++, task));
    }

    /** Moves time forward by {@code millis}, running every task due on the way. */
    public void advance(long millis) {
        long target = nowMillis + millis;
        while (!tasks.isEmpty() && tasks.peek().at <= target) {
            Task next = tasks.poll();
            nowMillis = Math.max(nowMillis, next.at);
            next.action.run();
        }
        nowMillis = target;
    }

    /** Runs tasks in time order until none is left, moving time to each. */
    public void runUntilIdle() {
        while (!tasks.isEmpty()) {
            Task next = tasks.poll();
            nowMillis = Math.max(nowMillis, next.at);
            next.action.run();
        }
    }

    public int pending() {
        return tasks.size();
    }
}
