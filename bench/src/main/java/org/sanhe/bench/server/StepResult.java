package org.sanhe.bench.server;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one step of the end-to-end load measured. Latencies of calls in nanoseconds, of API requests in microseconds.
 *
 * @param rate           calls per second asked of the simulator
 * @param placingSeconds from the first call placed to the last
 * @param calls          what the consoles saw of the calls placed
 * @param api            round trips per kind of request
 * @param commands       round trips of every command (all kinds but the recommendation, a read)
 * @param apiFailures    non-2xx answers other than 409, and I/O failures, per kind
 * @param apiRefusals    409s per kind: the core refused (two dispatchers took the same unit at once)
 * @param streamCommands commands the desk's console received, per type
 * @param droppedEvents  AMI events the adapter's hand-off queue dropped
 * @param resyncs        the adapter's re-syncs (1: the first login)
 * @param cpuSeconds     CPU time of the whole JVM (server and harness) during the step
 */
record StepResult(int rate, double placingSeconds, CallTally.Counts calls, long invalidCalls,
        Map<String, Histogram> api, Histogram commands, Map<String, Long> apiFailures, Map<String, Long> apiRefusals,
        Map<String, Long> streamCommands, long droppedEvents,
        long resyncs, double cpuSeconds) {

    double achievedRate() {
        return calls.placed / placingSeconds;
    }

    long failures() {
        return apiFailures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** No call lost or doubled, no console cut, the rate held, and AMI to every console p99 within the goal. */
    boolean sustained(double p99GoalMillis) {
        return calls.lost == 0 && calls.doubled == 0 && calls.cut == 0 && droppedEvents == 0 && failures() == 0
                && achievedRate() >= 0.95 * rate
                && calls.toEveryConsole.getValueAtPercentile(99) <= p99GoalMillis * 1e6;
    }
}
