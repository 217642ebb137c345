package org.sanhe.bench.telephony;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import org.sanhe.bench.gis.DemoCity;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.telephony.adapter.AsteriskCallAdapter;
import org.sanhe.telephony.adapter.TelephonyHealth;
import org.sanhe.telephony.config.AmiSettings;
import org.sanhe.telephony.config.LocationVariables;
import org.sanhe.telephony.config.TelephonyConfig;
import org.sanhe.telephony.line.LineRule;
import org.sanhe.telephony.simulator.CallGenerator;
import org.sanhe.telephony.simulator.GeneratorOptions;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatorOptions;

/**
 * Drives the PBX simulator at a fixed call rate into the Asterisk adapter over loopback TCP and reports lost and
 * doubled calls and AMI-bytes-written to command-submitted latency (HdrHistogram), after a raw-socket baseline at
 * the same load. Run: {@code java -cp bench/target/benchmarks.jar org.sanhe.bench.telephony.TelephonyLoadBench
 * [--rate 1000] [--seconds 60] [--warmup 10] [--baseline-seconds 20] [--call-takers 6000] [--seed 1]}.
 */
public final class TelephonyLoadBench {

    private static final String USER = "bench";
    private static final String CONTEXT = "from-pstn";

    private TelephonyLoadBench() {
    }

    /** What one phase measured. */
    record Result(String name, long placed, double seconds, long events, long delivered, Histogram latency, long lost,
            long doubled,
            long rejected, long droppedEvents) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        double rate = Double.parseDouble(opts.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
        int baselineSeconds = Integer.parseInt(opts.getOrDefault("baseline-seconds", "20"));
        int callTakers = Integer.parseInt(opts.getOrDefault("call-takers", "6000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        GeneratorOptions generator = GeneratorOptions.defaults(seed, DemoCity.CENTRE)
                .withCallTakers(callTakers, 500, 3_000, 20_000);
        List<Result> results = new ArrayList<>();
        if (baselineSeconds > 0) {
            results.add(run("baseline: raw AMI reader", generator.withRate(rate, (long) (rate * baselineSeconds)),
                    Math.min(warmup, baselineSeconds / 2), false, callTakers));
        }
        results.add(run("AsteriskCallAdapter", generator.withRate(rate, (long) (rate * seconds)), warmup, true,
                callTakers));
        System.out.println();
        System.out.println("| run | calls | placing s | calls/s | PBX events/call | sent events/call | sent events/s"
                + " | lost | doubled | rejected | dropped | p50 us | p99 us | p99.9 us | max us |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            Histogram h = r.latency();
            System.out.printf(Locale.ROOT,
                    "| %s | %d | %.1f | %.0f | %.1f | %.1f | %.0f | %d | %d | %d | %d | %d | %d | %d | %d |%n",
                    r.name(), r.placed(), r.seconds(), r.placed() / r.seconds(), (double) r.events() / r.placed(),
                    (double) r.delivered() / r.placed(), r.delivered() / r.seconds(), r.lost(), r.doubled(),
                    r.rejected(), r.droppedEvents(),
                    h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9),
                    h.getMaxValue());
        }
        boolean ok = results.stream().allMatch(r -> r.lost() == 0 && r.doubled() == 0 && r.rejected() == 0);
        System.out.println(ok ? "OK: no call lost or doubled" : "FAILED: calls lost, doubled or rejected");
        System.exit(ok ? 0 : 1);
    }

    private static Result run(String name, GeneratorOptions generator, int warmupSeconds, boolean adapterPhase,
            int callTakers) throws Exception {
        WireLatency latency = new WireLatency(CONTEXT);
        try (PbxSimulator simulator = PbxSimulator.start(SimulatorOptions.of(USER, USER))) {
            simulator.pbx().wireTap(latency);
            CountingGateway gateway = new CountingGateway(latency, "pbx");
            AsteriskCallAdapter adapter = null;
            BaselineReader baseline = null;
            if (adapterPhase) {
                adapter = new AsteriskCallAdapter(config(simulator.port(), callTakers), gateway,
                        EpochClock.system());
                adapter.start();
                if (!adapter.awaitResyncs(1, Duration.ofSeconds(30))) {
                    throw new IllegalStateException("adapter did not connect");
                }
            } else {
                baseline = new BaselineReader(simulator.port(), USER, USER, latency);
                Thread reader = new Thread(baseline, "baseline-reader");
                reader.setDaemon(true);
                reader.start();
            }
            List<String> placed = Collections.synchronizedList(new ArrayList<>());
            CallGenerator calls = new CallGenerator(simulator.pbx(), generator);
            calls.onPlaced(call -> placed.add(call.uniqueid()));
            long start = System.nanoTime();
            latency.recordFrom(start + Duration.ofSeconds(warmupSeconds).toNanos());
            calls.start();
            System.out.printf("%s: generating %d calls at %.0f/s%n", name, generator.maxCalls(),
                    generator.callsPerSecond());
            waitFor(() -> placed.size() >= generator.maxCalls(), Duration.ofSeconds(600));
            double placingSeconds = (System.nanoTime() - start) / 1e9;
            waitFor(() -> simulator.pbx().liveChannels() == 0, Duration.ofSeconds(300));
            long lost = 0;
            long doubled = 0;
            long dropped = 0;
            if (adapterPhase) {
                waitFor(() -> gateway.terminals() >= placed.size(), Duration.ofSeconds(120));
                for (String uniqueid : List.copyOf(placed)) {
                    CountingGateway.Counts c = gateway.countsOf(uniqueid);
                    if (c == null || c.offers == 0 || c.terminals == 0) {
                        lost++;
                    } else if (c.offers > 1 || c.terminals > 1 || c.answers > 1) {
                        doubled++;
                    }
                }
                TelephonyHealth health = adapter.health();
                dropped = health.droppedEvents();
                System.out.println(name + ": " + health);
                gateway.firstRejections().forEach(r -> System.out.println("rejected: " + r));
                adapter.close();
            } else {
                baseline.close();
            }
            return new Result(name, placed.size(), placingSeconds, simulator.pbx().eventsWritten(),
                    simulator.pbx().eventsDelivered(), latency.histogram(), lost, doubled, gateway.rejected(), dropped);
        }
    }

    private static TelephonyConfig config(int port, int callTakers) {
        Map<String, String> takers = new LinkedHashMap<>();
        for (int i = 0; i < callTakers; i++) {
            takers.put("PJSIP/" + (1001 + i), "calltaker" + (1 + i));
        }
        return new TelephonyConfig(new AmiSettings("127.0.0.1", port, USER, USER, 0, 0, 0, 0, false), CONTEXT, "pbx",
                List.of(LineRule.onExten("110", "110"), LineRule.onQueue("119", "q119"),
                        LineRule.onVariable("122", CallGenerator.LINE_VARIABLE, "122")),
                takers, new LocationVariables(CallGenerator.LAT_VARIABLE, CallGenerator.LON_VARIABLE,
                        CallGenerator.RADIUS_VARIABLE));
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }
}
