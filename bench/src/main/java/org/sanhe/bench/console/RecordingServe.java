package org.sanhe.bench.console;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;

/**
 * Serving call recordings: the whole server, {@code clients} threads each GETting one URL back to back for
 * {@code seconds} (JDK HttpClient, body discarded), plain HTTP on loopback. Measured on the server's threads only
 * (every thread but the clients'): CPU per MB served and bytes allocated per request. Runs, in one JVM:
 * <ul>
 *   <li>baseline: {@code GET /api/v1/openapi.json} (about 140 KB), the console's cheapest in-memory reply (a byte
 *       array kept for the server's life, wrapped per request without a copy);</li>
 *   <li>{@code GET /api/v1/calls/{id}/recording} of a 24 KB recording (the simulator's 1.5 s) and of a 4 MB one
 *       (about four minutes of Asterisk's wav), sent as a {@code DefaultFileRegion};</li>
 *   <li>the 4 MB one asked as a 64 KB range ({@code Range: bytes=...}).</li>
 * </ul>
 * If the file were read into memory per request, the allocation per request would grow with the file's size.
 *
 * <pre>
 * java $CHRONICLE_FLAGS -Xmx1g -cp bench/target/benchmarks.jar org.sanhe.bench.console.RecordingServe \
 *      [clients] [seconds]
 * </pre>
 */
public final class RecordingServe {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final String CLIENT = "recording-client-";

    private RecordingServe() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("recordings");
        Path config = dir.resolve("bench.yaml");
        Files.writeString(config, """
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                gis: { roads: { file: null } }
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                  recording: { directory: "%s" }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots"), dir.resolve("recordings")));
        Files.createDirectories(dir.resolve("recordings"));
        Files.write(dir.resolve("recordings").resolve("short.wav"), new byte[24_044]);
        Files.write(dir.resolve("recordings").resolve("long.wav"), new byte[4 * 1024 * 1024]);
        try (ServerAssembly server = ServerAssembly.start(ConfigLoader.load(config, Map.of()), EpochClock.system())) {
            recorded(server, "bench-short", "short.wav");
            recorded(server, "bench-long", "long.wav");
            String base = "http://127.0.0.1:" + server.console().port();
            String token = ConsoleClient.login(base, "auditor", "demo");
            System.out.printf(Locale.ROOT, "RECORDING %d clients, %d s each, plain HTTP on loopback%n", clients,
                    seconds);
            String baseline = run("baseline openapi.json (in memory)", base + "/api/v1/openapi.json", token, null,
                    clients, seconds, null);
            run("recording 24 KB", base + "/api/v1/calls/bench-short/recording", token, null, clients, seconds,
                    baseline);
            run("recording 4 MB", base + "/api/v1/calls/bench-long/recording", token, null, clients, seconds,
                    baseline);
            run("recording 4 MB, 64 KB range", base + "/api/v1/calls/bench-long/recording", token,
                    "bytes=1048576-1114111", clients, seconds, baseline);
        }
    }

    private static void recorded(ServerAssembly server, String callId, String file) throws Exception {
        Actor pbx = Actor.system("pbx");
        server.runtime().submit(pbx, new OfferCall(callId, "110", null, "ch-" + callId, null)).get(10,
                TimeUnit.SECONDS);
        server.runtime().submit(pbx, new AnswerCall(callId, "calltaker", null)).get(10, TimeUnit.SECONDS);
        server.runtime().submit(pbx, new AttachRecording(callId, file)).get(10, TimeUnit.SECONDS);
    }

    /** One measurement; returns its CPU-per-MB figure for the ratios of the following ones. */
    private static String run(String name, String url, String token, String range, int clients, int seconds,
                              String baseline) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (range != null) {
            b.header("Range", range);
        }
        HttpRequest request = b.build();
        HttpClient http = HttpClient.newBuilder().executor(Runnable::run).build();
        AtomicLong requests = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        Map<Long, long[]> before = new HashMap<>();
        long[] start = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> load(http, request, warmupEnd, seconds, requests, bytes), CLIENT + c);
            threads.add(t);
            t.start();
        }
        while (System.nanoTime() < warmupEnd) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        before.putAll(serverThreads());
        start[0] = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - start[0]) / 1e9;
        Map<Long, long[]> after = serverThreads();
        long cpu = 0;
        long allocated = 0;
        for (Map.Entry<Long, long[]> e : after.entrySet()) {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            cpu += e.getValue()[0] - was[0];
            allocated += e.getValue()[1] - was[1];
        }
        double mb = bytes.get() / 1e6;
        double cpuMsPerMb = cpu / 1e6 / Math.max(mb, 1e-9);
        String ratio = baseline == null ? "" : String.format(Locale.ROOT, " (%.2fx the baseline's)",
                cpuMsPerMb / Double.parseDouble(baseline));
        System.out.printf(Locale.ROOT, "RECORDING %-34s %7.0f req/s %8.1f MB/s; server CPU %6.3f ms per MB%s,"
                        + " %6.1f us per request; server allocation %8.0f bytes per request%n", name,
                requests.get() / wall, mb / wall, cpuMsPerMb, ratio, cpu / 1e3 / Math.max(1, requests.get()),
                (double) allocated / Math.max(1, requests.get()));
        return Double.toString(cpuMsPerMb);
    }

    private static void load(HttpClient http, HttpRequest request, long warmupEnd, int seconds,
                             AtomicLong requests, AtomicLong bytes) {
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (System.nanoTime() < end) {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200 && r.statusCode() != 206) {
                    throw new IllegalStateException(request.uri() + ": " + r.statusCode());
                }
                if (System.nanoTime() > warmupEnd) {
                    requests.incrementAndGet();
                    bytes.addAndGet(r.body().length);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU nanoseconds and allocated bytes of every live thread that is not a client's. */
    private static Map<Long, long[]> serverThreads() {
        Map<Long, long[]> out = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null || info.getThreadName().startsWith(CLIENT)
                    || info.getThreadName().startsWith("HttpClient")) {
                continue;
            }
            long id = info.getThreadId();
            out.put(id, new long[] {THREADS.getThreadCpuTime(id), THREADS.getThreadAllocatedBytes(id)});
        }
        return out;
    }
}
