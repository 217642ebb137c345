package org.sanhe.bench.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * CPU time spent by this JVM and by other processes of this machine (the cluster's child members), as the kernel
 * counts it, and the machine's load average, so that a figure can say what a unit of work cost every process
 * involved and how busy the machine was. Used by the cluster's loads here and in {@code reliability}.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU seconds used so far by this JVM and the processes {@code pids} (a process gone counts 0). */
    public static double seconds(List<Long> pids) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long nanos = os.getProcessCpuTime();
        for (long pid : pids) {
            nanos += ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos)
                    .orElse(0L);
        }
        return nanos / 1e9;
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5 and 15 minutes), or "n/a". */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
