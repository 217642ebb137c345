package org.sanhe.bench.reliability;

import java.util.Map;
import java.util.TreeMap;

/** Answers other than the expected one, by status and error code, and transport failures. Thread-safe. */
final class Tally {

    private final Map<String, Long> counts = new TreeMap<>();
    private String firstTransportFailure;

    synchronized void answer(int status, String error) {
        counts.merge(status + " " + error, 1L, Long::sum);
        notifyAll();
    }

    /** Waits until {@code key} was counted {@code target} times; false when the timeout came first. */
    synchronized boolean awaitCount(String key, long target, long timeout, java.util.concurrent.TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count(key) < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized void transport(Exception e) {
        counts.merge("transport", 1L, Long::sum);
        if (firstTransportFailure == null) {
            firstTransportFailure = e.toString();
        }
    }

    synchronized long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** How many answers had a status of 500 or more, other than {@code allowed} (e.g. "503 JOURNAL_UNAVAILABLE"). */
    synchronized long serverErrorsOtherThan(String allowed) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("transport") && !e.getKey().equals(allowed)
                && Integer.parseInt(e.getKey().substring(0, 3)) >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public synchronized String toString() {
        return counts + (firstTransportFailure == null ? "" : " first transport failure: " + firstTransportFailure);
    }
}
