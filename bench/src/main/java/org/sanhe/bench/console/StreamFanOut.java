package org.sanhe.bench.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sanhe.dispatch.command.Actor;
import org.sanhe.dispatch.command.OfferCall;
import org.sanhe.dispatch.time.EpochClock;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;

/**
 * WebSocket fan-out: the whole server, {@code clients} WebSocket consoles on {@code /api/v1/stream}, and calls
 * offered to the core at a fixed rate; for every event and every client, the time from the command's submission to
 * its arrival at that client (so it includes journaling and applying), in an HdrHistogram. Also checks that every
 * client received every call. Baseline in the same run: the same rate with a single client.
 *
 * <pre>
 * java $CHRONICLE_FLAGS -Xmx4g -cp bench/target/benchmarks.jar org.sanhe.bench.console.StreamFanOut 1000 200 20
 * </pre>
 */
public final class StreamFanOut {

    private static final String MARK = "\"callId\":\"fan-";

    private StreamFanOut() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        run(1, rate, seconds, "baseline (1 client)");
        run(clients, rate, seconds, clients + " clients");
    }

    private static void run(int clients, int rate, int seconds, String name) throws Exception {
        Path dir = Files.createTempDirectory("fanout");
        Path config = dir.resolve("load.yaml");
        Files.writeString(config, """
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 0 }
                rules:
                  timers: { answerMillis: 0, acknowledgeMillis: 0, dispatchMillisByPriority: [0, 0, 0, 0] }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots")));
        int calls = rate * seconds;
        AtomicLongArray sentAt = new AtomicLongArray(calls + 1);
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(10), 3);
        int warmup = rate * Math.min(5, seconds / 4);
        int[] received = new int[clients];
        try (ServerAssembly server = ServerAssembly.start(ConfigLoader.load(config, Map.of()), EpochClock.system())) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.console().port();
            String token = login(http, base);
            List<WebSocket> sockets = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                sockets.add(connect(http, base, token, c, received, sentAt, latency, warmup));
            }
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (int i = 1; i <= calls; i++) {
                long intended = start + (i - 1) * interval;
                while (System.nanoTime() < intended) {
                    LockSupport.parkNanos(Math.max(1, intended - System.nanoTime() - 20_000));
                }
                sentAt.set(i, intended);
                server.runtime().submit(Actor.system("pbx"), new OfferCall("fan-" + i, "110", null, "ch-fan-" + i,
                        null));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && min(received) < calls) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        }
        System.out.printf(Locale.ROOT, "FANOUT %-18s %d calls at %d/s: every client got all: %s (min %d);"
                        + " p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  (%d samples)%n", name, calls, rate,
                min(received) == calls, min(received), latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(99) / 1e6, latency.getValueAtPercentile(99.9) / 1e6,
                latency.getMaxValue() / 1e6, latency.getTotalCount());
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"dispatcher\",\"password\":\"demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int at = body.indexOf("\"token\":\"") + 9;
        return body.substring(at, body.indexOf('"', at));
    }

    private static WebSocket connect(HttpClient http, String base, String token, int client, int[] received,
                                     AtomicLongArray sentAt, Histogram latency, int warmup) throws Exception {
        return http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(base.replace("http", "ws") + "/api/v1/stream"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            int at = text.indexOf(MARK);
                            if (at >= 0 && text.indexOf("\"OfferCall\"") >= 0) {
                                int from = at + MARK.length();
                                int i = Integer.parseInt(text.substring(from, text.indexOf("\"", from)));
                                long now = System.nanoTime();
                                if (i > warmup) {
                                    latency.recordValue(Math.max(0, now - sentAt.get(i)));
                                }
                                received[client]++;
                            }
                            text.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
    }

    private static int min(int[] values) {
        int m = Integer.MAX_VALUE;
        for (int v : values) {
            m = Math.min(m, v);
        }
        return m;
    }
}
