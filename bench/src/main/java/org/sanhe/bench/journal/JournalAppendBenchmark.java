package org.sanhe.bench.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanhe.bench.sequencer.CommandStream;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.dispatch.runtime.journal.Journal;
import org.sanhe.dispatch.runtime.journal.JournalPosition;

/**
 * Appending one command to the journal (Chronicle Queue, memory-mapped, hand-written binary codec, SHA-256 hash
 * chain) against the baseline in the same run: the same command as a JSON line through a buffered
 * {@code FileChannel} ({@link JsonLinesJournal}). Neither forces to the device (that is {@code SequencerLoad}'s
 * fsync column). The commands are the realistic mix (seed 42), cycled; each iteration starts a new file.
 *
 * <pre>
 * java $CHRONICLE_FLAGS -jar bench/target/benchmarks.jar JournalAppendBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JournalAppendBenchmark {

    private static final int COMMANDS = 1 << 16;

    private List<StampedCommand> commands;
    private Path dir;
    private Journal journal;
    private JsonLinesJournal lines;
    private long sequence;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        commands = CommandStream.generate(COMMANDS);
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("journal-bench");
        journal = Journal.open(dir.resolve("chronicle"), Durability.MAPPED, EpochClock.system(),
                JournalPosition.empty());
        lines = new JsonLinesJournal(dir.resolve("lines"), false);
        sequence = 0;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        journal.close();
        lines.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private StampedCommand nextCommand() {
        StampedCommand c = commands.get(next);
        next = (next + 1) & (COMMANDS - 1);
        return c;
    }

    @Benchmark
    public JournalPosition journal() {
        StampedCommand c = nextCommand();
        return journal.append(++sequence, c.timestamp(), c.actor(), c.command());
    }

    @Benchmark
    public long baselineJsonLines() throws IOException {
        StampedCommand c = nextCommand();
        lines.append(c);
        return ++sequence;
    }
}
