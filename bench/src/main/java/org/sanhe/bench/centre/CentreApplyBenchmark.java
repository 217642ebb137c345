package org.sanhe.bench.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.EventSink;

/**
 * Single-threaded apply throughput of the pure core on a realistic command mix: vehicle position reports (30%),
 * call traffic (offer, answer, end, abandon, locate: 32%), incident and unit work (38%), with 5% deliberately invalid
 * commands. The stream is generated once against a shadow centre; each invocation applies all of it to a new centre,
 * so the state grows as in a real shift (120 units, up to 60 open incidents, calls accumulating).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CentreApplyBenchmark {

    static final int COMMANDS = 200_000;

    private List<StampedCommand> setUp;
    private StampedCommand[] stream;

    @Setup(Level.Trial)
    public void generate() {
        Centre shadow = new Centre();
        CommandGenerator generator = new CommandGenerator(42, 1_795_737_600_000L, 0.05);
        setUp = generator.setUp(120);
        setUp.forEach(c -> shadow.apply(c, e -> { }));
        List<StampedCommand> commands = new ArrayList<>(COMMANDS);
        for (int i = 0; i < COMMANDS; i++) {
            StampedCommand command = generator.next(shadow);
            shadow.apply(command, e -> { });
            commands.add(command);
        }
        stream = commands.toArray(StampedCommand[]::new);
    }

    /** Baseline: the same loop over the same stream, handing each command to the blackhole without applying it. */
    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public void baselineIterateOnly(Blackhole events) {
        for (StampedCommand command : stream) {
            events.consume(command.command());
        }
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public Centre applyRealisticMix(Blackhole events) {
        Centre centre = new Centre();
        EventSink sink = events::consume;
        setUp.forEach(c -> centre.apply(c, sink));
        for (StampedCommand command : stream) {
            centre.apply(command, sink);
        }
        return centre;
    }
}
