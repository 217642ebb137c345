package org.sanhe.bench.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sanhe.bench.sequencer.CommandStream;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Acknowledged-write latency of the embedded single-node runtime (Disruptor, Chronicle journal, mapped durability:
 * the default) and of a 3-member cluster on loopback ({@link LoopbackCluster}: the gateway and member 0 in this JVM,
 * members 1 and 2 in their own), one after the other in one run, with the same realistic command mix
 * ({@link CommandStream}) at the same paced rate. Open loop: command {@code i} is due at {@code start + i / rate}
 * and its latency runs from that due time, so a stall delays the commands behind it and shows in their latency
 * (no coordinated omission). The first {@code warmup} seconds of each subject are not recorded. For the cluster two
 * latencies are recorded per command: to the leader's reply (committed on a majority, applied by the leader), and
 * to member 0's replica having applied it (what a console on member 0 waits for). CPU is every process's CPU time
 * (this JVM's and the child members') over the recorded part, per 1,000 commands; for the cluster also its CPU
 * per second over 10 s with no command before the load (the idle strategies' cost, paid whatever the load).
 *
 * <pre>
 * java $CHRONICLE_FLAGS $AERON_FLAGS -cp bench/target/benchmarks.jar org.sanhe.bench.cluster.WriteLatencyLoad \
 *      [rate=1000] [seconds=30] [warmupSeconds=10] [basePort=24100] [dir=target]
 * </pre>
 */
public final class WriteLatencyLoad {

    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);

    private WriteLatencyLoad() {
    }

    /** One submission: completes {@code done} once, and records into the histograms when {@code measured}. */
    private interface Subject {
        void submit(Actor actor, Command command, long due, boolean measured, Run run);
    }

    /** What one subject's run recorded. */
    private static final class Run {
        final Histogram acknowledged = new ConcurrentHistogram(HIGHEST, 3);
        final Histogram reply = new ConcurrentHistogram(HIGHEST, 3);
        final AtomicLong failures = new AtomicLong();
        CountDownLatch done;
        double cpuSeconds;
        double wallSeconds;
        String loadBefore;
        String loadAfter;

        void record(Histogram h, long due, Throwable failure, boolean measured) {
            if (failure != null) {
                failures.incrementAndGet();
            } else if (measured) {
                h.recordValue(Math.min(HIGHEST, System.nanoTime() - due));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int basePort = args.length > 3 ? Integer.parseInt(args[3]) : 24_100;
        Path parent = Files.createDirectories(Path.of(args.length > 4 ? args[4] : "target"));
        Path root = Files.createTempDirectory(parent, "write-latency");
        List<StampedCommand> stream = CommandStream.generate(rate * (seconds + warmup));
        System.out.printf(Locale.ROOT, "%d commands at %d/s (%d s warm-up, %d s recorded); under %s%n",
                stream.size(), rate, warmup, seconds, root);

        Run single;
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(root.resolve("single")),
                EpochClock.system())) {
            single = paced((actor, command, due, measured, run) -> runtime.submit(actor, command)
                    .whenComplete((o, e) -> {
                        run.record(run.acknowledged, due, e, measured);
                        run.done.countDown();
                    }), stream, rate, warmup, List.of());
        }
        print("single node", single, single.acknowledged, rate);

        Run leader = cluster(stream, rate, warmup, basePort, root.resolve("cluster-leader"), true);
        Run follower = cluster(stream, rate, warmup, basePort, root.resolve("cluster-follower"), false);
        ratios("member 0 leader", leader, single);
        ratios("member 0 follower", follower, single);
        System.exit(single.failures.get() + leader.failures.get() + follower.failures.get() == 0 ? 0 : 1);
    }

    /**
     * The cluster on loopback with member 0 as leader or as follower, printed. Who wins an election is not
     * for the harness to decide: a cluster where member 0 got the other role is closed and started again on fresh
     * directories, up to five times.
     */
    private static Run cluster(List<StampedCommand> stream, int rate, int warmup, int basePort, Path dir,
                               boolean localLeads) throws Exception {
        String role = localLeads ? "leader" : "follower";
        for (int attempt = 1; attempt <= 5; attempt++) {
            try (LoopbackCluster members = LoopbackCluster.start(basePort, dir.resolve("attempt-" + attempt),
                    !localLeads)) {
                awaitLeader(members);
                if ((members.gateway().leaderId() == 0) != localLeads) {
                    System.out.printf(Locale.ROOT, "member 0 is not %s; starting again%n", role);
                    continue;
                }
                double idle = idleCpu(members.childPids(), 10);
                Run run = paced((actor, command, due, measured, r) -> {
                    CompletableFuture<Outcome> reply = members.gateway().submit(actor, command);
                    reply.whenComplete((o, e) -> r.record(r.reply, due, e, measured));
                    reply.thenCompose(members.outcomes()::withEvents).whenComplete((o, e) -> {
                        r.record(r.acknowledged, due, e, measured);
                        r.done.countDown();
                    });
                }, stream, rate, warmup, members.childPids());
                String now = members.local().role().name().toLowerCase(Locale.ROOT);
                print("cluster, member 0 " + now + ", leader's reply", run, run.reply, rate);
                print("cluster, member 0 " + now + ", applied", run, run.acknowledged, rate);
                System.out.printf(Locale.ROOT, "IDLE    cluster, member 0 %s: %.2f CPU s per s with no command,"
                        + " before the load (%.0f ms per 1,000 commands' second at %d/s)%n", now, idle,
                        idle * 1e6 / rate, rate);
                return run;
            }
        }
        throw new IllegalStateException("member 0 never became " + role + " in five starts");
    }

    /** CPU seconds per second of this JVM and {@code pids} over {@code seconds} of no load. */
    private static double idleCpu(List<Long> pids, int seconds) throws InterruptedException {
        double from = ProcessCpu.seconds(pids);
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        return (ProcessCpu.seconds(pids) - from) / ((System.nanoTime() - start) / 1e9);
    }

    private static void ratios(String name, Run cluster, Run single) {
        Histogram c = cluster.acknowledged;
        Histogram s = single.acknowledged;
        System.out.printf(Locale.ROOT, "RATIO cluster (%s, applied) / single: p50 %.1fx  p90 %.1fx  p99 %.1fx"
                        + "  max %.1fx  CPU per 1,000 commands %.1fx%n", name, ratio(c, s, 50), ratio(c, s, 90),
                ratio(c, s, 99), (double) c.getMaxValue() / s.getMaxValue(),
                (cluster.cpuSeconds / c.getTotalCount()) / (single.cpuSeconds / s.getTotalCount()));
    }

    private static void awaitLeader(LoopbackCluster members) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (members.gateway().leaderId() < 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no leader elected within 120 s");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        System.out.printf(Locale.ROOT, "cluster: leader %d elected; member 0 is %s%n", members.gateway().leaderId(),
                members.local().role());
    }

    /** Submits the stream on its schedule; waits for every answer; CPU from the end of the warm-up. */
    private static Run paced(Subject subject, List<StampedCommand> stream, int rate, int warmup, List<Long> pids)
            throws InterruptedException {
        Run run = new Run();
        run.done = new CountDownLatch(stream.size());
        int unrecorded = rate * warmup;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long recordedFrom = 0;
        double cpuFrom = 0;
        for (int i = 0; i < stream.size(); i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(Math.max(1, due - System.nanoTime() - 20_000));
            }
            if (i == unrecorded) {
                recordedFrom = System.nanoTime();
                cpuFrom = ProcessCpu.seconds(pids);
                run.loadBefore = ProcessCpu.loadAverage();
            }
            StampedCommand c = stream.get(i);
            subject.submit(c.actor(), c.command(), due, i >= unrecorded, run);
        }
        if (!run.done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(run.done.getCount() + " commands unanswered 120 s after the last");
        }
        run.cpuSeconds = ProcessCpu.seconds(pids) - cpuFrom;
        run.wallSeconds = (System.nanoTime() - recordedFrom) / 1e9;
        run.loadAfter = ProcessCpu.loadAverage();
        return run;
    }

    private static void print(String name, Run run, Histogram h, int rate) {
        System.out.printf(Locale.ROOT, "LATENCY %-44s at %,d/s: p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms"
                        + "  (%d recorded, %d failed); CPU %.2f s in %.1f s = %.0f ms per 1,000 commands;"
                        + " load average %s -> %s%n", name, rate, ms(h, 50), ms(h, 90), ms(h, 99),
                h.getMaxValue() / 1e6, h.getTotalCount(), run.failures.get(), run.cpuSeconds, run.wallSeconds,
                run.cpuSeconds * 1e6 / Math.max(1, h.getTotalCount()), run.loadBefore, run.loadAfter);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    private static double ratio(Histogram a, Histogram b, double percentile) {
        return (double) a.getValueAtPercentile(percentile) / Math.max(1, b.getValueAtPercentile(percentile));
    }
}
