package org.sanhe.bench.reliability;

import java.util.concurrent.TimeUnit;

/** A count that threads add to and others wait on until it reaches a value. Thread-safe. */
final class Milestone {

    private long count;

    synchronized void add() {
        count++;
        notifyAll();
    }

    synchronized long count() {
        return count;
    }

    /** Waits until the count reaches {@code target}; false when the timeout came first. */
    synchronized boolean awaitAtLeast(long target, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
