package org.sanhe.bench.sequencer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * One command's round trip through the running core, one at a time: submitted, journaled, applied, its future
 * completed, on another thread, and seen back on the caller's. {@code pipeline=runtime} is the real runtime
 * (Disruptor ring, Chronicle journal with hash chain, the pure core); {@code pipeline=baseline} the same work
 * behind an {@code ArrayBlockingQueue} with a JSON-lines journal ({@link BaselinePipeline}), in the same run. The
 * command is a unit position report (the commonest in a shift), alternating between two points. Journals are mapped
 * (no fsync).
 *
 * <pre>
 * java $CHRONICLE_FLAGS -jar bench/target/benchmarks.jar RoundTripBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoundTripBenchmark {

    private static final Actor UNIT = Actor.system("avl");
    private static final GeoPoint A = new GeoPoint(34.2610, 108.9420);
    private static final GeoPoint B = new GeoPoint(34.2620, 108.9430);

    @Param({"runtime", "baseline"})
    public String pipeline;

    private Pipeline subject;
    private Path dir;
    private boolean flip;

    @Setup(Level.Trial)
    public void start() throws Exception {
        dir = Files.createTempDirectory("round-trip");
        subject = pipeline.equals("runtime") ? new RuntimePipeline(dir, Durability.MAPPED, EpochClock.system())
                : new BaselinePipeline(dir, false, EpochClock.system());
        subject.submit(Actor.system("setup"), Fixtures.police("P-1")).join();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        subject.close();
    }

    @Benchmark
    public Outcome roundTrip() {
        flip = !flip;
        return subject.submit(UNIT, new ReportUnitPosition("P-1", flip ? A : B)).join();
    }
}
