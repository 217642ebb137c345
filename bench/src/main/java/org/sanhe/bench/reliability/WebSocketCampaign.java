package org.sanhe.bench.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Slow and vanishing stream clients under load. The real server takes incidents from HTTP clients and calls from
 * the PBX simulator; a well-behaved console ({@link StreamWatcher}) reads the stream; meanwhile slow consoles open
 * the stream and never read, and after every few acknowledged incidents a batch of consoles opens the stream, reads
 * a little and resets the connection. Unaffected means: the well-behaved console saw every event in order with no
 * gap up to the journal's last sequence and was never cut off, every request was answered without a 5xx, and every
 * acknowledged incident is in the journal afterwards.
 */
public final class WebSocketCampaign {

    /**
     * @param acks            acknowledged incidents to run for
     * @param workers         HTTP clients opening incidents
     * @param slowClients     consoles that never read
     * @param vanishingPerBatch consoles that reset their connection, per batch
     * @param acksPerBatch    acknowledged incidents between two batches
     */
    public record Settings(int acks, int workers, int slowClients, int vanishingPerBatch, int acksPerBatch,
                           int callsPerMinute, Path work) {
    }

    /** What the campaign found. */
    public record Result(long acknowledged, long vanished, int slowClients, long slowCut, long watcherEvents,
                         long gaps, boolean watcherCaughtUp, boolean watcherOpen, long serverErrors, long lost,
                         long elapsedMillis) {

        public boolean passed() {
            return gaps == 0 && watcherCaughtUp && watcherOpen && serverErrors == 0 && lost == 0 && acknowledged > 0;
        }

        public String json() {
            return String.format("{\"campaign\":\"websocket\",\"acknowledged\":%d,\"vanished\":%d,\"slowClients\":%d,"
                            + "\"slowCut\":%d,\"watcherEvents\":%d,\"gaps\":%d,\"watcherCaughtUp\":%b,"
                            + "\"watcherOpen\":%b,\"serverErrors\":%d,\"lost\":%d,\"seconds\":%.1f,\"passed\":%b}",
                    acknowledged, vanished, slowClients, slowCut, watcherEvents, gaps, watcherCaughtUp, watcherOpen,
                    serverErrors, lost, elapsedMillis / 1000.0, passed());
        }
    }

    private final ServerLauncher launcher;
    private final Settings settings;
    private final PrintStream progress;

    public WebSocketCampaign(ServerLauncher launcher, Settings settings, PrintStream progress) {
        this.launcher = launcher;
        this.settings = settings;
        this.progress = progress;
    }

    public Result run() throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        Files.createDirectories(settings.work());
        Path config = CampaignConfig.write(settings.work(), settings.callsPerMinute(), 0);
        Map<String, Long> acked = new ConcurrentHashMap<>();
        Tally tally = new Tally();
        Milestone acks = new Milestone();
        List<RawStreamSocket> slow = new ArrayList<>();
        long vanished = 0;
        long slowCut = 0;
        StreamWatcher watcher;
        boolean caughtUp;
        boolean open;
        try (ServerProcess server = ServerProcess.start(launcher, config, settings.work().resolve("server.log"),
                120)) {
            ConsoleClient client = new ConsoleClient(server.port());
            String token = client.login("calltaker");
            watcher = StreamWatcher.connect(server.port(), token);
            for (int i = 0; i < settings.slowClients(); i++) {
                slow.add(new RawStreamSocket(server.port(), token));
            }
            List<Thread> workers = startWorkers(server.port(), token, acked, tally, acks);
            try {
                while (acks.count() < settings.acks()) {
                    for (int i = 0; i < settings.vanishingPerBatch(); i++) {
                        RawStreamSocket gone = new RawStreamSocket(server.port(), token);
                        gone.readSome(512);
                        gone.vanish();
                        vanished++;
                    }
                    if (!acks.awaitAtLeast(acks.count() + settings.acksPerBatch(), 120, TimeUnit.SECONDS)) {
                        progress.println("no progress in 120 s: " + tally);
                        break;
                    }
                }
            } finally {
                for (Thread worker : workers) {
                    worker.interrupt();
                    worker.join(60_000);
                }
            }
            long last = client.get("/api/v1/audit/verify", client.login("auditor")).body().path("live")
                    .path("lastSequence").asLong();
            caughtUp = watcher.awaitSequence(last, 120, TimeUnit.SECONDS);
            open = !watcher.closed.isDone();
            for (RawStreamSocket s : slow) {
                slowCut += s.closedByServer() ? 1 : 0;
                s.close();
            }
            watcher.close();
            progress.printf("%d acknowledged, %d consoles vanished, %d of %d slow consoles cut loose; the watcher saw "
                            + "%d events, %d gaps%s, up to sequence %d: %s; other answers %s%n", acked.size(),
                    vanished, slowCut, slow.size(), watcher.events(), watcher.gaps(),
                    watcher.firstGap() == null ? "" : " (first " + watcher.firstGap() + ")", last,
                    caughtUp ? "yes" : "NO", tally);
            server.stop();
        }
        Set<String> exported = new JournalTool(launcher, settings.work().resolve("journal")).exportedAddresses();
        long lost = acked.keySet().stream().filter(a -> !exported.contains(a)).count();
        return new Result(acked.size(), vanished, slow.size(), slowCut, watcher.events(), watcher.gaps(), caughtUp,
                open, tally.serverErrorsOtherThan("none"), lost, System.currentTimeMillis() - start);
    }

    private List<Thread> startWorkers(int port, String token, Map<String, Long> acked, Tally tally, Milestone acks) {
        SplittableRandom random = new SplittableRandom(1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            Thread worker = new Thread(new IncidentWorker(new ConsoleClient(port), token, "ws-w" + w + "-",
                    random.split(), acked, new CountDownLatch(0), tally, acks), "ws-worker-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        return workers;
    }

    /** {@code WebSocketCampaign <acknowledged incidents> <server jar> <work dir>}; exit 0 only when it passed. */
    public static void main(String[] args) throws Exception {
        int acks = Integer.parseInt(args[0]);
        ServerLauncher launcher = ServerLauncher.jar(Path.of(args[1]));
        Path work = Path.of(args[2]);
        System.out.printf("websocket campaign: %d acknowledged incidents, work %s%n", acks, work);
        Result result = new WebSocketCampaign(launcher, new Settings(acks, 4, 20, 20, 200, 1_200, work),
                System.out).run();
        System.out.println(result.json());
        System.exit(result.passed() ? 0 : 1);
    }
}
