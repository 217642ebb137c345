package org.sanhe.bench.sequencer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Journaled throughput, acknowledged latency at a fixed rate, and replay speed of the real runtime, each next to
 * the baseline in the same run.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sanhe.bench.sequencer.SequencerLoad [commands] [latencySeconds] [dir]
 * </pre>
 */
public final class SequencerLoad {

    private static final int WINDOW = 16_384;
    private static final int RATE = 10_000;

    private SequencerLoad() {
    }

    /** A pipeline under test: how to open one on a directory, and how to replay what it journaled there. */
    private record Subject(String name, Opener open, Replayer replay) {
    }

    interface Opener {
        Pipeline open(Path dir) throws IOException;
    }

    interface Replayer {
        long replay(Path dir) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int latencySeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path parent = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "target"));
        Path root = Files.createTempDirectory(parent, "load");
        List<StampedCommand> stream = CommandStream.generate(commands);
        System.out.printf(Locale.ROOT, "%d commands generated; journals under %s%n", stream.size(), root);
        EpochClock clock = EpochClock.system();
        for (Durability durability : Durability.values()) {
            boolean fsync = durability == Durability.FSYNC;
            String mode = durability.name().toLowerCase(Locale.ROOT);
            List<Subject> subjects = List.of(
                    new Subject("runtime/" + mode, dir -> new RuntimePipeline(dir, durability, clock),
                            RuntimePipeline::replay),
                    new Subject("baseline/" + mode, dir -> new BaselinePipeline(dir, fsync, clock),
                            BaselinePipeline::replay));
            for (Subject subject : subjects) {
                Path dir = root.resolve("throughput-" + subject.name().replace('/', '-'));
                warmUp(subject, root.resolve("warm-up-" + subject.name().replace('/', '-')), stream);
                throughput(subject, dir, stream);
                if (!fsync) {
                    replay(subject, dir);
                }
            }
            for (Subject subject : subjects) {
                latency(subject, root.resolve("latency-" + subject.name().replace('/', '-')), stream,
                        latencySeconds);
            }
        }
    }

    /**
     * Two unreported throughput runs of the whole stream into scratch directories, each replayed, so that the JIT
     * has compiled both paths before anything is measured (one pass was not enough: the first measured run came out
     * 40% slower than later ones).
     */
    private static void warmUp(Subject subject, Path dir, List<StampedCommand> stream) throws Exception {
        for (int pass = 1; pass <= 2; pass++) {
            Path scratch = dir.resolveSibling(dir.getFileName() + "-" + pass);
            try (Pipeline pipeline = subject.open().open(scratch)) {
                Semaphore window = new Semaphore(WINDOW);
                for (StampedCommand c : stream) {
                    window.acquire();
                    pipeline.submit(c.actor(), c.command()).whenComplete((o, e) -> window.release());
                }
                window.acquire(WINDOW);
            }
            subject.replay().replay(scratch);
        }
    }

    private static void throughput(Subject subject, Path dir, List<StampedCommand> stream) throws Exception {
        Semaphore window = new Semaphore(WINDOW);
        long start;
        long end;
        try (Pipeline pipeline = subject.open().open(dir)) {
            start = System.nanoTime();
            for (StampedCommand c : stream) {
                window.acquire();
                pipeline.submit(c.actor(), c.command()).whenComplete((o, e) -> window.release());
            }
            window.acquire(WINDOW);
            end = System.nanoTime();
        }
        double seconds = (end - start) / 1e9;
        System.out.printf(Locale.ROOT, "THROUGHPUT %-18s %,12.0f commands/s  (%d in %.2f s)%n", subject.name(),
                stream.size() / seconds, stream.size(), seconds);
    }

    private static void replay(Subject subject, Path dir) throws IOException {
        long start = System.nanoTime();
        long entries = subject.replay().replay(dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "REPLAY     %-18s %,12.0f commands/s  (%d in %.2f s)%n", subject.name(),
                entries / seconds, entries, seconds);
    }

    private static void latency(Subject subject, Path dir, List<StampedCommand> stream, int seconds)
            throws Exception {
        Histogram histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(10), 3);
        int total = RATE * seconds;
        int warmup = RATE * Math.min(5, seconds / 4);
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        try (Pipeline pipeline = subject.open().open(dir)) {
            long start = System.nanoTime();
            CompletableFuture<Outcome> last = null;
            for (int i = 0; i < total; i++) {
                long intended = start + i * interval;
                while (System.nanoTime() < intended) {
                    LockSupport.parkNanos(Math.max(1, intended - System.nanoTime() - 20_000));
                }
                StampedCommand c = stream.get(i % stream.size());
                boolean measured = i >= warmup;
                last = pipeline.submit(c.actor(), c.command());
                if (measured) {
                    last.thenRun(() -> histogram.recordValue(System.nanoTime() - intended));
                }
            }
            last.get(60, TimeUnit.SECONDS);
        }
        System.out.printf(Locale.ROOT, "LATENCY    %-18s at %,d/s: p50 %,8.1f µs  p99 %,8.1f µs  p99.9 %,9.1f µs"
                        + "  max %,9.1f µs  (%d samples)%n", subject.name(), RATE,
                histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(99) / 1e3,
                histogram.getValueAtPercentile(99.9) / 1e3, histogram.getMaxValue() / 1e3,
                histogram.getTotalCount());
    }
}
