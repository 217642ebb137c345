package org.sanhe.bench.console;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;

/**
 * WebSocket fan-out: the whole server, {@code clients} WebSocket consoles on {@code /api/v1/stream}, and calls
 * offered to the core at a fixed rate; for every event and every client, the time from the command's intended
 * submission to its arrival at that client (so it includes journaling and applying, and a late submission counts
 * against the server), in an HdrHistogram. Also checks that every client received every call and that no client was
 * cut loose. Baseline in the same run: the same rate with a single client.
 *
 * <p>The clients are Netty WebSocket clients (over epoll where available, like the server) on their own event loops
 * ({@code clientThreads}, default 1), reading
 * each frame's bytes for the call's number without decoding the JSON, so that the harness costs as little as a
 * client can.
 *
 * <pre>
 * java $CHRONICLE_FLAGS -Xmx4g -cp bench/target/benchmarks.jar org.sanhe.bench.console.StreamFanOut \
 *      [clients, or a list like 200,500,1000] [events/s] [seconds] [client threads]
 * </pre>
 */
public final class StreamFanOut {

    private static final byte[] MARK = "\"callId\":\"fan-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OFFER = "\"OfferCall\"".getBytes(StandardCharsets.US_ASCII);

    private StreamFanOut() {
    }

    public static void main(String[] args) throws Exception {
        String clients = args.length > 0 ? args[0] : "1000";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int clientThreads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        run(1, rate, seconds, clientThreads, "baseline (1 client)");
        for (String n : clients.split(",")) {
            run(Integer.parseInt(n), rate, seconds, clientThreads, n + " clients");
        }
    }

    /** What one run saw. */
    private static final class Tally {
        final AtomicLongArray sentAt;
        final AtomicIntegerArray received;
        final AtomicIntegerArray cut;
        final Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        final int warmup;

        Tally(int calls, int clients, int warmup) {
            this.sentAt = new AtomicLongArray(calls + 1);
            this.received = new AtomicIntegerArray(clients);
            this.cut = new AtomicIntegerArray(clients);
            this.warmup = warmup;
        }

        int minReceived() {
            int m = Integer.MAX_VALUE;
            for (int c = 0; c < received.length(); c++) {
                m = Math.min(m, received.get(c));
            }
            return m;
        }

        int cutCount() {
            int n = 0;
            for (int c = 0; c < cut.length(); c++) {
                n += cut.get(c);
            }
            return n;
        }
    }

    private static void run(int clients, int rate, int seconds, int clientThreads, String name) throws Exception {
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
        Tally tally = new Tally(calls, clients, rate * Math.min(5, seconds / 4));
        EventLoopGroup group = ConsoleClient.group(clientThreads);
        List<Channel> sockets = new ArrayList<>();
        try (ServerAssembly server = ServerAssembly.start(ConfigLoader.load(config, Map.of()), EpochClock.system())) {
            URI stream = URI.create("ws://127.0.0.1:" + server.console().port() + "/api/v1/stream");
            String token = ConsoleClient.login("http://127.0.0.1:" + server.console().port(), "dispatcher", "demo");
            for (int c = 0; c < clients; c++) {
                sockets.add(ConsoleClient.connect(group, stream, token, new Console(c, tally)));
            }
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (int i = 1; i <= calls; i++) {
                long intended = start + (i - 1) * interval;
                while (System.nanoTime() < intended) {
                    LockSupport.parkNanos(Math.max(1, intended - System.nanoTime() - 20_000));
                }
                tally.sentAt.set(i, intended);
                server.runtime().submit(Actor.system("pbx"), new OfferCall("fan-" + i, "110", null, "ch-fan-" + i,
                        null));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && tally.minReceived() < calls) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        } finally {
            ConsoleClient.closeAll(sockets, group);
        }
        Histogram latency = tally.latency;
        System.out.printf(Locale.ROOT, "FANOUT %-18s %d calls at %d/s: every client got all: %s (min %d), cut %d;"
                        + " p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  (%d samples)%n", name, calls, rate,
                tally.minReceived() == calls, tally.minReceived(), tally.cutCount(),
                latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6,
                latency.getValueAtPercentile(99.9) / 1e6, latency.getMaxValue() / 1e6, latency.getTotalCount());
    }

    /** One console: counts the calls it sees and when. */
    private static final class Console implements ConsoleClient.Listener {
        private final int client;
        private final Tally tally;
        private byte[] bytes = new byte[4096];

        Console(int client, Tally tally) {
            this.client = client;
            this.tally = tally;
        }

        @Override
        public void cut(int statusCode) {
            tally.cut.incrementAndGet(client);
        }

        @Override
        public void frame(ByteBuf content, long now) {
            int n = content.readableBytes();
            if (bytes.length < n) {
                bytes = new byte[Math.max(n, 2 * bytes.length)];
            }
            content.getBytes(content.readerIndex(), bytes, 0, n);
            int at = indexOf(bytes, n, MARK);
            if (at < 0 || indexOf(bytes, n, OFFER) < 0) {
                return;
            }
            int i = 0;
            for (int p = at + MARK.length; bytes[p] != '"'; p++) {
                i = i * 10 + (bytes[p] - '0');
            }
            if (i > tally.warmup) {
                tally.latency.recordValue(Math.max(0, now - tally.sentAt.get(i)));
            }
            tally.received.incrementAndGet(client);
        }

        private static int indexOf(byte[] text, int length, byte[] word) {
            outer:
            for (int i = 0; i + word.length <= length; i++) {
                for (int j = 0; j < word.length; j++) {
                    if (text[i + j] != word[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
