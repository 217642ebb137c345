package org.sanhe.bench.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * The end-to-end load harness: steps the call rate on a whole server in this JVM ({@link LoadStep}) until a step is
 * not sustained (a call lost or doubled, a console cut, the rate not held, or AMI-to-every-console p99 over the
 * goal), prints a table per step and the highest sustained rate, and writes each step's histograms
 * ({@code step-RATE.hlog}, HdrHistogram's log format, one tagged histogram per measure) and {@code summary.csv} to
 * the output directory, for {@link LoadPlots}. A first step at the first rate ({@code --warmup-step} seconds, 0 for
 * none) is run and not reported, so that the JIT has compiled the whole path before anything is measured. Exit
 * status 0 only if no call was lost or doubled in any step.
 *
 * <pre>
 * java $CHRONICLE_FLAGS -Xmx4g -cp bench/target/benchmarks.jar org.sanhe.bench.server.EndToEndLoad \
 *      [--rates 50,100,200,300,400] [--consoles 100] [--seconds 30] [--warmup 5] [--goal-p99-ms 20]
 *      [--warmup-step 20] [--all-steps false] [--out target/e2e] [--call-takers 3000] [--unit-copies 10] [--seed 1]
 *      [--client-threads 1] [--desk-workers 8] [--stream-linger-micros (the server's default)]
 * </pre>
 */
public final class EndToEndLoad {

    private EndToEndLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int[] rates = Arrays.stream(o.getOrDefault("rates", "50,100,200,300,400").split(","))
                .mapToInt(Integer::parseInt).toArray();
        double goal = Double.parseDouble(o.getOrDefault("goal-p99-ms", "20"));
        boolean allSteps = Boolean.parseBoolean(o.getOrDefault("all-steps", "false"));
        Path out = Path.of(o.getOrDefault("out", "target/e2e"));
        LoadStep.Settings settings = new LoadStep.Settings(integer(o, "consoles", 100), integer(o, "seconds", 30),
                integer(o, "warmup", 5), integer(o, "call-takers", 3000), integer(o, "unit-copies", 10),
                Long.parseLong(o.getOrDefault("seed", "1")), integer(o, "client-threads", 1),
                integer(o, "desk-workers", 8),
                o.containsKey("stream-linger-micros") ? Long.valueOf(o.get("stream-linger-micros")) : null);
        int warmupStep = integer(o, "warmup-step", 20);
        if (warmupStep > 0) {
            System.out.printf(Locale.ROOT, "warm-up step (not reported): %d calls/s for %d s%n", rates[0], warmupStep);
            LoadStep.run(rates[0], new LoadStep.Settings(settings.consoles(), warmupStep, 0, settings.callTakers(),
                    settings.unitCopies(), settings.seed() + 1, settings.clientThreads(), settings.deskWorkers(),
                    settings.streamLingerMicros()));
        }
        List<StepResult> results = run(rates, settings, goal, allSteps, out);
        boolean clean = results.stream().allMatch(r -> r.calls().lost == 0 && r.calls().doubled == 0);
        System.exit(clean ? 0 : 1);
    }

    /** Runs the steps; stops after the first one not sustained unless {@code allSteps}. */
    static List<StepResult> run(int[] rates, LoadStep.Settings settings, double goal, boolean allSteps, Path out)
            throws Exception {
        Files.createDirectories(out);
        List<StepResult> results = new ArrayList<>();
        for (int rate : rates) {
            System.out.printf(Locale.ROOT, "step: %d calls/s for %d s, %d consoles%n", rate, settings.seconds(),
                    settings.consoles());
            StepResult r = LoadStep.run(rate, settings);
            results.add(r);
            write(out, r);
            print(System.out, results, goal);
            if (!r.sustained(goal) && !allSteps) {
                break;
            }
        }
        int best = results.stream().filter(r -> r.sustained(goal)).mapToInt(StepResult::rate).max().orElse(0);
        System.out.printf(Locale.ROOT, "highest sustained rate: %d calls/s (goal p99 <= %.0f ms, nothing lost or"
                + " doubled, %d consoles)%n", best, goal, settings.consoles());
        return results;
    }

    static void print(PrintStream out, List<StepResult> results, double goal) {
        out.println("| calls/s asked | achieved | calls | lost | doubled | cut | AMI→every console p50 / p99 / p99.9"
                + " / max ms | per delivery p99 ms | API commands p50 / p99 / max ms | API failures | CPU s / s"
                + " | sustained |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (StepResult r : results) {
            Histogram e = r.calls().toEveryConsole;
            Histogram c = r.commands();
            out.printf(Locale.ROOT, "| %d | %.1f | %d | %d | %d | %d | %.2f / %.2f / %.2f / %.2f | %.2f"
                            + " | %.2f / %.2f / %.2f | %d | %.2f | %s |%n",
                    r.rate(), r.achievedRate(), r.calls().placed, r.calls().lost, r.calls().doubled, r.calls().cut,
                    ms(e, 50), ms(e, 99), ms(e, 99.9), e.getMaxValue() / 1e6, ms(r.calls().perDelivery, 99),
                    c.getValueAtPercentile(50) / 1e3, c.getValueAtPercentile(99) / 1e3, c.getMaxValue() / 1e3,
                    r.failures(), r.cpuSeconds() / r.placingSeconds(), r.sustained(goal) ? "yes" : "**no**");
        }
        StepResult last = results.get(results.size() - 1);
        out.print("  API per kind (p50 / p99 ms, count):");
        last.api().forEach((kind, h) -> out.printf(Locale.ROOT, " %s %.2f / %.2f (%d);", kind,
                h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3, h.getTotalCount()));
        out.printf(Locale.ROOT, " calls ended before a queue (not timed) %d, seen before the tap noted them %d;",
                last.calls().neverJoined, last.calls().tapLate);
        out.printf(Locale.ROOT, " invalid calls %d, failures %s, refused (409) %s, dropped AMI events %d,"
                + " re-syncs %d%n", last.invalidCalls(), last.apiFailures(), last.apiRefusals(), last.droppedEvents(),
                last.resyncs());
        long frames = last.streamCommands().values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "  stream: %.1f commands per call placed, %s%n", (double) frames / last.calls().placed,
                new java.util.TreeMap<>(last.streamCommands()));
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    /** The step's histograms in microseconds, tagged {@code ami-every}, {@code ami-delivery}, {@code api-KIND}. */
    private static void write(Path out, StepResult r) throws Exception {
        try (PrintStream log = new PrintStream(Files.newOutputStream(out.resolve("step-" + r.rate() + ".hlog")))) {
            HistogramLogWriter writer = new HistogramLogWriter(log);
            writer.outputLogFormatVersion();
            writer.outputLegend();
            writer.outputIntervalHistogram(tagged(micros(r.calls().toEveryConsole), "ami-every"));
            writer.outputIntervalHistogram(tagged(micros(r.calls().perDelivery), "ami-delivery"));
            writer.outputIntervalHistogram(tagged(r.commands().copy(), "api-commands"));
            for (Map.Entry<String, Histogram> e : r.api().entrySet()) {
                writer.outputIntervalHistogram(tagged(e.getValue().copy(), "api-" + e.getKey()));
            }
        }
        Path summary = out.resolve("summary.csv");
        if (!Files.exists(summary)) {
            Files.writeString(summary, "rate,achieved,placed,lost,doubled,cut,p50_ms,p99_ms,p999_ms,max_ms,"
                    + "api_p50_ms,api_p99_ms,cpu_per_s\n");
        }
        Histogram e = r.calls().toEveryConsole;
        Files.writeString(summary, String.format(Locale.ROOT,
                "%d,%.1f,%d,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.2f%n",
                r.rate(), r.achievedRate(), r.calls().placed, r.calls().lost, r.calls().doubled, r.calls().cut,
                ms(e, 50), ms(e, 99), ms(e, 99.9), e.getMaxValue() / 1e6, r.commands().getValueAtPercentile(50) / 1e3,
                r.commands().getValueAtPercentile(99) / 1e3, r.cpuSeconds() / r.placingSeconds()),
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static Histogram micros(Histogram nanos) {
        Histogram h = new Histogram(60_000_000L, 3);
        nanos.recordedValues().forEach(v -> h.recordValueWithCount(
                Math.min(h.getHighestTrackableValue(), v.getValueIteratedTo() / 1_000),
                v.getCountAddedInThisIterationStep()));
        return h;
    }

    private static Histogram tagged(Histogram h, String tag) {
        h.setTag(tag);
        h.setStartTimeStamp(0);
        h.setEndTimeStamp(1);
        return h;
    }

    private static int integer(Map<String, String> o, String key, int fallback) {
        return o.containsKey(key) ? Integer.parseInt(o.get(key)) : fallback;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
