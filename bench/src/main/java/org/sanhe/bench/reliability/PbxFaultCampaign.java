package org.sanhe.bench.reliability;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.sanhe.telephony.simulator.WireFaults;

/**
 * PBX link faults under load: the PBX simulator generates calls on the wall clock for the unmodified Asterisk-Java
 * client and the {@link AsteriskCallAdapter}, while every few seconds the link is dropped, goes silent (half-open),
 * or carries garbage bytes, a 1 MiB header, an unknown event or malformed packets. When the calls have all ended on
 * the PBX and the adapter has re-synced, every call placed must have reached the core offered exactly once and
 * finished exactly once, with at most one answer and no rejection.
 */
public final class PbxFaultCampaign {

    private static final String USER = "campaign";

    /**
     * @param seconds        how long calls are generated (faults are injected throughout)
     * @param callsPerSecond the generator's rate
     * @param faultEveryMillis the pause between two faults
     */
    public record Settings(int seconds, double callsPerSecond, long faultEveryMillis, long seed) {
    }

    /** What the campaign found. */
    public record Result(long calls, Map<String, Integer> faults, long connects, long resyncs, long lost,
                         long doubled, long rejected, long droppedEvents, long elapsedMillis) {

        public boolean passed() {
            return lost == 0 && doubled == 0 && rejected == 0 && calls > 0;
        }

        public String json() {
            return String.format("{\"campaign\":\"pbx-faults\",\"calls\":%d,\"faults\":%s,\"connects\":%d,"
                            + "\"resyncs\":%d,\"lost\":%d,\"doubled\":%d,\"rejected\":%d,\"droppedEvents\":%d,"
                            + "\"seconds\":%.1f,\"passed\":%b}", calls,
                    faults.toString().replace("=", "\":").replace("{", "{\"").replace(", ", ",\""), connects,
                    resyncs, lost, doubled, rejected, droppedEvents, elapsedMillis / 1000.0, passed());
        }
    }

    private PbxFaultCampaign() {
    }

    public static Result run(Settings settings, PrintStream progress) throws InterruptedException {
        long start = System.currentTimeMillis();
        Map<String, Consumer<PbxSimulator>> faults = faults();
        Map<String, Integer> injected = new TreeMap<>();
        try (PbxSimulator simulator = PbxSimulator.start(SimulatorOptions.of(USER, USER).withAuthFailurePause(0))) {
            CallLedger ledger = new CallLedger();
            AsteriskCallAdapter adapter = new AsteriskCallAdapter(config(simulator.port()), ledger,
                    EpochClock.system());
            adapter.start();
            try {
                if (!adapter.awaitResyncs(1, Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the adapter did not connect");
                }
                GeneratorOptions options = GeneratorOptions.defaults(settings.seed(), DemoCity.CENTRE)
                        .withRate(settings.callsPerSecond(), (int) (settings.callsPerSecond() * settings.seconds()))
                        .withCallTakers(200, 500, 3_000, 20_000);
                List<String> placed = Collections.synchronizedList(new ArrayList<>());
                CallGenerator generator = new CallGenerator(simulator.pbx(), options);
                generator.onPlaced(call -> placed.add("pbx-" + call.uniqueid()));
                generator.start();
                List<String> names = new ArrayList<>(faults.keySet());
                long until = System.currentTimeMillis() + settings.seconds() * 1000L;
                for (int i = 0; System.currentTimeMillis() < until; i++) {
                    TimeUnit.MILLISECONDS.sleep(settings.faultEveryMillis());
                    String name = names.get(i % names.size());
                    faults.get(name).accept(simulator);
                    injected.merge(name, 1, Integer::sum);
                }
                awaitQuiet(simulator, adapter, ledger, placed, progress);
                return count(placed, ledger, injected, adapter.health(), System.currentTimeMillis() - start,
                        progress);
            } finally {
                adapter.close();
            }
        }
    }

    /** Waits (up to 5 minutes) until the PBX has no live channel and every offered call was finished. */
    private static void awaitQuiet(PbxSimulator simulator, AsteriskCallAdapter adapter, CallLedger ledger,
                                   List<String> placed, PrintStream progress) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            if (simulator.pbx().liveChannels() == 0 && ledger.open() == 0
                    && adapter.health().liveCalls() == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        progress.printf("not quiet after 5 minutes: %d live channels, %d calls open in the core%n",
                simulator.pbx().liveChannels(), ledger.open());
    }

    private static Result count(List<String> placed, CallLedger ledger, Map<String, Integer> injected,
                                TelephonyHealth health, long elapsed, PrintStream progress) {
        long lost = 0;
        long doubled = 0;
        for (String callId : List.copyOf(placed)) {
            CallLedger.Counts c = ledger.of(callId);
            if (c == null || c.offers == 0 || c.terminals == 0) {
                lost++;
                progress.println("lost: " + callId);
            } else if (c.offers > 1 || c.terminals > 1 || c.answers > 1) {
                doubled++;
                progress.println("doubled: " + callId);
            }
        }
        ledger.rejections().stream().limit(10).forEach(r -> progress.println("rejected: " + r));
        progress.println("adapter: " + health);
        return new Result(placed.size(), injected, health.connects(), health.resyncs(), lost, doubled,
                ledger.rejections().size(), health.droppedEvents(), elapsed);
    }

    private static Map<String, Consumer<PbxSimulator>> faults() {
        Map<String, Consumer<PbxSimulator>> faults = new LinkedHashMap<>();
        faults.put("dropped", PbxSimulator::dropConnections);
        faults.put("garbage", s -> s.injectRaw(WireFaults.garbage(System.nanoTime(), 8192)));
        faults.put("silent", PbxSimulator::silenceConnections);
        faults.put("oversizedHeader", s -> s.injectRaw(WireFaults.oversizedHeader(1 << 20)));
        faults.put("unknownEvent", s -> s.injectRaw(WireFaults.unknownEvent((int) (System.nanoTime() & 0xffff))));
        faults.put("malformed", s -> s.injectRaw(WireFaults.malformedPacket()));
        return faults;
    }

    /** Pings every 500 ms; a link silent for 1.5 s is declared dead. */
    private static TelephonyConfig config(int port) {
        Map<String, String> takers = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            takers.put("PJSIP/" + (1001 + i), "calltaker" + (1 + i));
        }
        return new TelephonyConfig(new AmiSettings("127.0.0.1", port, USER, USER, 500, 1_500, 5_000, 0, false),
                "from-pstn", "pbx", List.of(LineRule.onExten("110", "110"), LineRule.onQueue("119", "q119"),
                LineRule.onVariable("122", CallGenerator.LINE_VARIABLE, "122")), takers,
                new LocationVariables(CallGenerator.LAT_VARIABLE, CallGenerator.LON_VARIABLE,
                        CallGenerator.RADIUS_VARIABLE));
    }

    /** Asterisk-Java logs every reconnect at INFO, and the adapter every unmapped seat: the faults make that noise. */
    private static void quietLogs() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.asteriskjava"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    /** {@code PbxFaultCampaign <seconds> [work dir]}; exit 0 only when it passed. */
    public static void main(String[] args) throws Exception {
        quietLogs();
        int seconds = Integer.parseInt(args[0]);
        System.out.printf("PBX fault campaign: %d s of calls at 50/s, a fault every 2 s%n", seconds);
        Result result = run(new Settings(seconds, 50, 2_000, System.nanoTime()), System.out);
        System.out.println(result.json());
        System.exit(result.passed() ? 0 : 1);
    }
}
