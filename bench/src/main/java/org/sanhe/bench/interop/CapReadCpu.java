package org.sanhe.bench.interop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time per alert of {@link CapReadBenchmark}'s four operations and baselines, measured with the thread's own
 * CPU clock (so the figure holds on a shared, busy machine where JMH's wall time does not): each operation is warmed
 * up, then run {@code n} times, and its CPU time divided by {@code n}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sanhe.bench.interop.CapReadCpu [n, default 5000]
 * </pre>
 */
public final class CapReadCpu {

    private CapReadCpu() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        CapReadBenchmark b = new CapReadBenchmark();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"readIntoCommand", "baselineBareParse", "districtsOfTheAreas", "baselineDistrictsUnprepared",
            "baselineDistrictOfAPoint"};
        for (String name : names) {
            Runnable op = operation(b, name);
            int runs = name.equals("baselineDistrictsUnprepared") ? Math.max(1, n / 20) : n;
            for (int i = 0; i < runs; i++) {
                op.run();
            }
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                op.run();
            }
            double micros = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / runs;
            System.out.printf(Locale.ROOT, "%-30s %10.2f us CPU/op (%d runs)%n", name, micros, runs);
        }
    }

    private static Runnable operation(CapReadBenchmark b, String name) {
        return () -> {
            try {
                switch (name) {
                    case "readIntoCommand" -> b.readIntoCommand();
                    case "baselineBareParse" -> b.baselineBareParse();
                    case "districtsOfTheAreas" -> b.districtsOfTheAreas();
                    case "baselineDistrictsUnprepared" -> b.baselineDistrictsUnprepared();
                    default -> b.baselineDistrictOfAPoint();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
