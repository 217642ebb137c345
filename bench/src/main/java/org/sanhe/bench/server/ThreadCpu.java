package org.sanhe.bench.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of this JVM's threads, by thread name with its trailing numbers dropped ({@code console-hub},
 * {@code sanhe-core}, {@code multiThreadIoEventLoopGroup-}), so that a step can say what the core's single writer
 * spent per command and which threads took the rest. Threads that end between two samples are not counted.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> byThread = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    private ThreadCpu() {
    }

    static ThreadCpu sample() {
        ThreadCpu s = new ThreadCpu();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = THREADS.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                s.byThread.put(info.getThreadId(), nanos);
                s.names.put(info.getThreadId(), info.getThreadName().replaceAll("[-\\d]+$", ""));
            }
        }
        return s;
    }

    /** Seconds of CPU per thread group since {@code before}, largest first. */
    Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> groups = new HashMap<>();
        byThread.forEach((id, nanos) -> groups.merge(names.get(id),
                (nanos - before.byThread.getOrDefault(id, 0L)) / 1e9, Double::sum));
        Map<String, Double> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** One line: the core thread's time per command, and the top thread groups per 1,000 calls placed. */
    static String report(Map<String, Double> groups, long commands, long calls, double jvmSeconds) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "  cpu: core thread %.1f us per command (%d commands); per 1,000 calls placed: JVM %.2f s;",
                groups.getOrDefault("sanhe-core", 0.0) * 1e6 / Math.max(1, commands), commands,
                jvmSeconds * 1000 / Math.max(1, calls)));
        groups.entrySet().stream().limit(10).forEach(e -> line.append(String.format(Locale.ROOT, " %s %.2f s;",
                e.getKey(), e.getValue() * 1000 / Math.max(1, calls))));
        return line.toString();
    }
}
