package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.sanhe.dispatch.runtime.journal.SmallDisk;

/**
 * The journal's volume fills up under load, and space returns, round after round. The journal lives on a small tmpfs
 * (mounted by the campaign: Linux, root); HTTP clients open incidents and a PBX ({@link CampaignPbx}) sends calls
 * throughout. Each round fills every free byte of the volume, waits for the API to refuse commands with 503
 * {@code JOURNAL_UNAVAILABLE}, {@code /health} to say 503 and the telephony adapter to hold PBX commands for the
 * journal, deletes the filler and waits for incidents to be acknowledged again and {@code /health} to be 200. Then
 * the calls stop and, once the PBX is quiet, every call it placed must be in the core, finished, and answered exactly
 * when it was answered on the PBX. At the end: SIGTERM, and the offline tools check that the chain is intact, that
 * every acknowledged incident is in the journal, and that a replay gives the live state hash; a restart reads every
 * acknowledged incident back through the API. No answer may be a 5xx other than that 503.
 */
public final class DiskFullCampaign {

    static final String REFUSED = "503 JOURNAL_UNAVAILABLE";
    private static final long TIMEOUT_SECONDS = 120;

    /**
     * @param rounds         fill-and-free rounds
     * @param workers        HTTP clients opening incidents
     * @param acksPerPhase   acknowledged incidents to see before filling, and again after freeing
     * @param volumeBytes    the tmpfs's size
     * @param callsPerMinute the PBX's rate
     * @param heldPerRound   PBX commands the adapter must hold for the journal before a round frees the space
     */
    public record Settings(int rounds, int workers, int acksPerPhase, long volumeBytes, int callsPerMinute,
                           int heldPerRound, long seed, Path work) {
    }

    /** What the campaign found; {@link #passed()} when nothing was lost or damaged and every round recovered. */
    public record Result(int rounds, int roundsRecovered, long acknowledged, long refused, long serverErrors,
                         long lost, long pbxCalls, long pbxHeld, long pbxLost, boolean chainOk, boolean hashOk,
                         boolean healthFollowed, long elapsedMillis) {

        public boolean passed() {
            return roundsRecovered == rounds && lost == 0 && serverErrors == 0 && chainOk && hashOk && healthFollowed
                    && refused > 0 && pbxLost == 0 && pbxHeld > 0;
        }

        public String json() {
            return String.format("{\"campaign\":\"disk-full\",\"rounds\":%d,\"roundsRecovered\":%d,"
                            + "\"acknowledged\":%d,\"refused503\":%d,\"otherServerErrors\":%d,\"lost\":%d,"
                            + "\"pbxCalls\":%d,\"pbxCommandsHeld\":%d,\"pbxCallsLost\":%d,"
                            + "\"chainOk\":%b,\"hashOk\":%b,\"healthFollowed\":%b,\"seconds\":%.1f,\"passed\":%b}",
                    rounds, roundsRecovered, acknowledged, refused, serverErrors, lost, pbxCalls, pbxHeld, pbxLost,
                    chainOk, hashOk, healthFollowed, elapsedMillis / 1000.0, passed());
        }
    }

    private final ServerLauncher launcher;
    private final Settings settings;
    private final PrintStream progress;
    private final Map<String, Long> acked = new ConcurrentHashMap<>();
    private final Tally tally = new Tally();
    private final Milestone acks = new Milestone();
    private boolean healthFollowed = true;
    private long pbxHeld;

    public DiskFullCampaign(ServerLauncher launcher, Settings settings, PrintStream progress) {
        this.launcher = launcher;
        this.settings = settings;
        this.progress = progress;
    }

    public Result run() throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        Files.createDirectories(settings.work());
        try (SmallDisk disk = SmallDisk.mount(settings.work().resolve("volume"), settings.volumeBytes());
             CampaignPbx pbx = CampaignPbx.start(settings.callsPerMinute() / 60.0, settings.seed())) {
            Path journal = disk.path().resolve("journal");
            Path config = CampaignConfig.writeWithPbx(settings.work(), journal, pbx.port(), 0);
            int recovered = 0;
            long sequence;
            String liveHash;
            long pbxLost;
            try (ServerProcess server = ServerProcess.start(launcher, config,
                    settings.work().resolve("server.log"), 120)) {
                ConsoleClient client = new ConsoleClient(server.port());
                pbx.startCalls();
                List<Thread> workers = startWorkers(server.port(), client.login("calltaker"));
                try {
                    for (int round = 1; round <= settings.rounds(); round++) {
                        recovered += round(disk, client, round) ? 1 : 0;
                    }
                } finally {
                    pbx.stopCalls();
                    for (Thread worker : workers) {
                        worker.interrupt();
                        worker.join(60_000);
                    }
                }
                boolean quiet = pbx.awaitQuiet(client, TIMEOUT_SECONDS);
                pbxLost = pbx.lost(client, client.login("dispatcher"), progress);
                progress.printf("PBX: %d calls placed, %s, %d lost%n", pbx.placed(),
                        quiet ? "all ended" : "NOT QUIET after " + TIMEOUT_SECONDS + " s", pbxLost);
                pbxLost += quiet ? 0 : 1;
                JsonNode live = client.get("/api/v1/audit/verify", client.login("auditor")).body().path("live");
                sequence = live.path("lastSequence").asLong();
                liveHash = live.path("stateHash").asText();
                progress.printf("stopped with SIGTERM, exit %d%n", server.stop());
            }
            JournalTool tool = new JournalTool(launcher, journal);
            boolean chainOk = tool.verify().path("chainOk").asBoolean();
            boolean hashOk = tool.replayUntil(sequence).path("stateHash").asText().equals(liveHash);
            Set<String> exported = tool.exportedAddresses();
            long lost = acked.keySet().stream().filter(a -> !exported.contains(a)).count();
            lost += readBack(config);
            progress.printf("offline: chain %s, replay --until %d hash %s live, %d acknowledged, %d lost%n",
                    chainOk ? "ok" : "BROKEN", sequence, hashOk ? "=" : "!=", acked.size(), lost);
            return new Result(settings.rounds(), recovered, acked.size(), tally.count(REFUSED),
                    tally.serverErrorsOtherThan(REFUSED), lost, pbx.placed(), pbxHeld, pbxLost, chainOk, hashOk,
                    healthFollowed, System.currentTimeMillis() - start);
        }
    }

    /** One fill-and-free round; true when the server refused while full and took commands again after. */
    private boolean round(SmallDisk disk, ConsoleClient client, int round) throws IOException, InterruptedException {
        boolean before = acks.awaitAtLeast(acks.count() + settings.acksPerPhase(), TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long filled = disk.fill();
        long refusedBefore = tally.count(REFUSED);
        boolean refused = tally.awaitCount(REFUSED, refusedBefore + 20, TIMEOUT_SECONDS, TimeUnit.SECONDS);
        int fullHealth = client.get("/health", null).status();
        long held = awaitHeld(client);
        pbxHeld += held;
        disk.free();
        boolean after = acks.awaitAtLeast(acks.count() + settings.acksPerPhase(), TIMEOUT_SECONDS, TimeUnit.SECONDS);
        int freeHealth = client.get("/health", null).status();
        healthFollowed &= fullHealth == 503 && freeHealth == 200;
        progress.printf("round %d: filled %d KiB; refused %s; health while full %d, after freeing %d; "
                        + "PBX commands held %d; acknowledged again %s; answers so far %s%n", round, filled >> 10,
                refused ? "yes" : "NO", fullHealth, freeHealth, held, after ? "yes" : "NO", tally);
        return before && refused && after && held >= settings.heldPerRound();
    }

    /** Waits until the adapter holds {@link Settings#heldPerRound} PBX commands for the journal; returns how many. */
    private long awaitHeld(ConsoleClient client) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        long held = CampaignPbx.held(client);
        while (held < settings.heldPerRound() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            held = CampaignPbx.held(client);
        }
        return held;
    }

    private List<Thread> startWorkers(int port, String token) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            Thread worker = new Thread(new IncidentWorker(new ConsoleClient(port), token, "full-w" + w + "-",
                    random.split(), acked, new CountDownLatch(0), tally, acks), "disk-full-worker-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        return workers;
    }

    /** Restarts the server on the journal and reads every acknowledged incident back; returns how many are missing. */
    private long readBack(Path config) throws IOException, InterruptedException {
        try (ServerProcess server = ServerProcess.start(launcher, config,
                settings.work().resolve("server-restart.log"), 120)) {
            ConsoleClient client = new ConsoleClient(server.port());
            String token = client.login("dispatcher");
            long missing = 0;
            for (Map.Entry<String, Long> e : acked.entrySet()) {
                ConsoleClient.Reply reply = client.get("/api/v1/incidents/" + e.getValue(), token);
                if (reply.status() != 200 || !e.getKey().equals(reply.body().path("address").asText())) {
                    missing++;
                }
            }
            server.stop();
            return missing;
        }
    }

    /** {@code DiskFullCampaign <rounds> <server jar> <work dir>}; exit 0 only when it passed. Needs root. */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        ServerLauncher launcher = ServerLauncher.jar(Path.of(args[1]));
        Path work = Path.of(args[2]);
        if (!SmallDisk.available()) {
            System.err.println("the disk-full campaign mounts a tmpfs: run it as root on Linux");
            System.exit(2);
        }
        System.out.printf("disk-full campaign: %d rounds, work %s%n", rounds, work);
        Result result = new DiskFullCampaign(launcher, new Settings(rounds, 4, 1_000, 16L << 20, 1_200, 100,
                System.nanoTime(), work), System.out).run();
        System.out.println(result.json());
        System.exit(result.passed() ? 0 : 1);
    }
}
