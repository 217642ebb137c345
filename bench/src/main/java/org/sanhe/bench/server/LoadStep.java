package org.sanhe.bench.server;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.sanhe.bench.console.ConsoleClient;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.gis.station.StationUnit;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.demo.ServiceAreaPoints;
import org.sanhe.telephony.adapter.TelephonyHealth;
import org.sanhe.telephony.simulator.CallGenerator;
import org.sanhe.telephony.simulator.GeneratorOptions;

/**
 * One step of the end-to-end load at one call rate, on a new server in this JVM with a scratch journal: the built-in
 * PBX simulator (no calls of its own) and the telephony adapter over AMI TCP, the demo users and fleet, plus copies
 * of the demo units so that dispatchers do not run out of them. Consoles connect and receive their snapshot, then
 * {@link CallGenerator} places calls at the rate for the given seconds and the {@link Desk} works them; the step
 * ends when every call has ended, every console has seen it end (or 60 s passed) and the desk has closed its
 * incidents.
 */
final class LoadStep {

    /** The knobs of a run, the same for every step. */
    record Settings(int consoles, int seconds, int warmupSeconds, int callTakers, int unitCopies, long seed,
            int clientThreads, int deskWorkers, Long streamLingerMicros) {
    }

    private static final String PREFIX = "pbx";
    /** The demo roads' prepared graph, shared by every step of every run (imported once). */
    private static final Path ROADS_CACHE = Path.of("target", "roads-cache").toAbsolutePath();

    private LoadStep() {
    }

    static StepResult run(int rate, Settings s) throws Exception {
        Path dir = Files.createTempDirectory("e2e");
        int calls = rate * s.seconds();
        CallTally tally = new CallTally(s.consoles(), calls + 1_000, PREFIX);
        EventLoopGroup group = ConsoleClient.group(s.clientThreads());
        List<Channel> consoles = new ArrayList<>();
        try (ServerAssembly server = ServerAssembly.start(ConfigLoader.load(config(dir, s), Map.of()),
                EpochClock.system())) {
            registerCopies(server, s.unitCopies());
            String base = "http://127.0.0.1:" + server.console().port();
            ServiceAreaPoints area = new ServiceAreaPoints(server.districts());
            try (Desk desk = new Desk(base, ConsoleClient.login(base, "calltaker", "demo"),
                    ConsoleClient.login(base, "dispatcher", "demo"), area, Desk.Mix.realistic(), s.seed(),
                    s.deskWorkers())) {
                server.simulator().pbx().wireTap(tally);
                URI stream = URI.create("ws://127.0.0.1:" + server.console().port() + "/api/v1/stream");
                String token = ConsoleClient.login(base, "dispatcher", "demo");
                for (int c = 0; c < s.consoles(); c++) {
                    ConsoleClient.Listener listener = c == 0 ? desk.watching(tally.console(0)) : tally.console(c);
                    consoles.add(ConsoleClient.connect(group, stream, token, listener));
                }
                GeneratorOptions options = GeneratorOptions.defaults(s.seed(), area).withRate(rate, calls)
                        .withCallTakers(s.callTakers(), 500, 3_000, 20_000);
                CallGenerator generator = new CallGenerator(server.simulator().pbx(), options);
                List<String> placed = Collections.synchronizedList(new ArrayList<>());
                generator.onPlaced(call -> placed.add(call.uniqueid()));
                long cpuBefore = cpuNanos();
                ThreadCpu threadsBefore = ThreadCpu.sample();
                long sequenceBefore = lastSequence(server);
                long start = System.nanoTime();
                tally.recordFrom(start + TimeUnit.SECONDS.toNanos(s.warmupSeconds()));
                desk.recordFrom(start + TimeUnit.SECONDS.toNanos(s.warmupSeconds()));
                generator.start();
                waitFor(() -> placed.size() >= calls, Duration.ofSeconds(3L * s.seconds() + 60));
                double placing = (System.nanoTime() - start) / 1e9;
                generator.stop();
                waitFor(() -> server.simulator().pbx().liveChannels() == 0, Duration.ofSeconds(180));
                List<String> all = List.copyOf(placed);
                waitFor(() -> tally.counts(all).lost == 0, Duration.ofSeconds(60));
                desk.drain(Duration.ofSeconds(60));
                double cpu = (cpuNanos() - cpuBefore) / 1e9;
                System.out.println(ThreadCpu.report(ThreadCpu.sample().since(threadsBefore),
                        lastSequence(server) - sequenceBefore, placed.size(), cpu));
                ConsoleClient.closeAll(consoles, group);
                TelephonyHealth health = server.telephony().health();
                desk.firstFailures().forEach(f -> System.out.println("  api failure: " + f));
                return new StepResult(rate, placing, tally.counts(all), desk.invalidCalls(), desk.latency(),
                        desk.commands(), desk.failures(), desk.refusals(), desk.streamCommands(),
                        health.droppedEvents(), health.resyncs(), cpu);
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static Path config(Path dir, Settings s) throws IOException {
        StringBuilder takers = new StringBuilder();
        for (int i = 0; i < s.callTakers(); i++) {
            takers.append("    \"PJSIP/").append(1001 + i).append("\": calltaker\n");
        }
        Path config = dir.resolve("load.yaml");
        Files.writeString(config, """
                server: { port: 0%s }
                journal: { dir: "%s", snapshotDir: "%s" }
                gis: { roads: { cacheDir: "%s" } }
                demo: true
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                  callTakers:
                %s""".formatted(s.streamLingerMicros() == null ? "" : ", streamLingerMicros: " + s.streamLingerMicros(),
                dir.resolve("journal"), dir.resolve("snapshots"), ROADS_CACHE, takers));
        return config;
    }

    /** Copies of each demo unit (same agency, capabilities and station, a few hundred metres away). */
    private static void registerCopies(ServerAssembly server, int copies) {
        List<CompletableFuture<?>> done = new ArrayList<>();
        for (int k = 1; k <= copies; k++) {
            for (StationUnit u : server.config().fleet().units()) {
                RegisterUnit r = u.toRegisterUnit();
                GeoPoint p = r.position();
                done.add(server.runtime().submit(Actor.system("bench"), new RegisterUnit(r.unitId() + "-" + k,
                        r.callSign() + "-" + k, r.agency(), r.capabilities(), r.station(),
                        new GeoPoint(p.lat() + 0.001 * (k % 5), p.lon() + 0.001 * (k / 5)))));
            }
        }
        done.forEach(CompletableFuture::join);
    }

    /** The core's last journal sequence (a read on its thread: the bench's business, not the console's). */
    private static long lastSequence(ServerAssembly server) {
        return server.runtime().read(centre -> centre.lastSequence()).join();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
