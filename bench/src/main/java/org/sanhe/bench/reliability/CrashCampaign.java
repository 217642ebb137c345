package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGKILL under load, again and again. Each cycle starts the real server on the same journal, checks what the last
 * cycle left, puts it under load (HTTP clients opening incidents as fast as they are answered, and the built-in PBX
 * simulator's calls over AMI), and kills it with SIGKILL once a random number of incidents was acknowledged. Then,
 * with no process on the journal, the offline tools check it:
 * <ul>
 *   <li>{@code journal verify}: the hash chain is intact;</li>
 *   <li>{@code journal export}: every incident the API acknowledged (201) is in the journal (by its unique address);
 *   </li>
 *   <li>{@code journal replay --until S}: the state hash equals the live centre's, taken from
 *   {@code /api/v1/audit/verify} ({@code live}) at sequence S just after the restart.</li>
 * </ul>
 * After each restart the acknowledged incidents of the cycle before are read back through the API as well. A last
 * start checks the final cycle and stops the server with SIGTERM.
 */
public final class CrashCampaign {

    /**
     * @param cycles        kills
     * @param workers       HTTP clients opening incidents
     * @param minAcks       the fewest acknowledged incidents before a kill
     * @param maxAcks       the most
     * @param callsPerMinute the PBX simulator's rate
     * @param seed          for the kill points and the incidents' places
     * @param work          the campaign's directory (journal, snapshots, logs)
     */
    public record Settings(int cycles, int workers, int minAcks, int maxAcks, int callsPerMinute, long seed,
                           Path work) {
    }

    /** What a campaign found. Lost, mismatches and broken chains must all be 0. */
    public record Result(int cycles, long acknowledged, long checkedInJournal, long checkedThroughApi, long lost,
                         long hashChecks, long hashMismatches, long brokenChains, long serverErrors,
                         long journalEntries, long elapsedMillis) {

        public boolean passed() {
            return lost == 0 && hashMismatches == 0 && brokenChains == 0 && serverErrors == 0 && hashChecks > 0;
        }

        public String json() {
            return String.format("{\"campaign\":\"crash\",\"cycles\":%d,\"acknowledged\":%d,\"checkedInJournal\":%d,"
                            + "\"checkedThroughApi\":%d,\"lost\":%d,\"hashChecks\":%d,\"hashMismatches\":%d,"
                            + "\"brokenChains\":%d,\"serverErrors\":%d,\"journalEntries\":%d,\"seconds\":%.1f,"
                            + "\"passed\":%b}",
                    cycles, acknowledged, checkedInJournal, checkedThroughApi, lost, hashChecks, hashMismatches,
                    brokenChains, serverErrors, journalEntries, elapsedMillis / 1000.0, passed());
        }
    }

    /** The live centre's sequence and state hash after a start. */
    private record Live(long sequence, String hash) {
    }

    private final ServerLauncher launcher;
    private final Settings settings;
    private final PrintStream progress;
    private final JournalTool tool;
    private final SplittableRandom random;
    private long acknowledged;
    private long checkedInJournal;
    private long checkedThroughApi;
    private long lost;
    private long hashChecks;
    private long hashMismatches;
    private long brokenChains;
    private long journalEntries;
    private long serverErrors;

    public CrashCampaign(ServerLauncher launcher, Settings settings, PrintStream progress) {
        this.launcher = launcher;
        this.settings = settings;
        this.progress = progress;
        this.tool = new JournalTool(launcher, settings.work().resolve("journal"));
        this.random = new SplittableRandom(settings.seed());
    }

    public Result run() throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        Files.createDirectories(settings.work());
        Path config = CampaignConfig.write(settings.work(), settings.callsPerMinute(), 2_000);
        Map<String, Long> previous = Map.of();
        for (int cycle = 1; cycle <= settings.cycles(); cycle++) {
            Live live;
            Map<String, Long> acked;
            try (ServerProcess server = ServerProcess.start(launcher, config,
                    settings.work().resolve("server-" + cycle + ".log"), 120)) {
                ConsoleClient client = new ConsoleClient(server.port());
                checkThroughApi(client, previous, cycle);
                live = live(client);
                int target = settings.minAcks() + random.nextInt(settings.maxAcks() - settings.minAcks() + 1);
                acked = loadAndKill(server, target, cycle);
            }
            acknowledged += acked.size();
            checkOffline(acked, live, cycle);
            previous = acked;
        }
        finish(config, previous);
        return new Result(settings.cycles(), acknowledged, checkedInJournal, checkedThroughApi, lost, hashChecks,
                hashMismatches, brokenChains, serverErrors, journalEntries, System.currentTimeMillis() - start);
    }

    /** A last start: the final cycle's incidents through the API, then SIGTERM and the offline replay once more. */
    private void finish(Path config, Map<String, Long> previous) throws IOException, InterruptedException {
        Live live;
        try (ServerProcess server = ServerProcess.start(launcher, config,
                settings.work().resolve("server-final.log"), 120)) {
            ConsoleClient client = new ConsoleClient(server.port());
            checkThroughApi(client, previous, settings.cycles() + 1);
            live = live(client);
            int exit = server.stop();
            progress.printf("final: stopped with SIGTERM, exit %d%n", exit);
        }
        checkOffline(Map.of(), live, settings.cycles() + 1);
    }

    private Live live(ConsoleClient client) throws IOException, InterruptedException {
        String auditor = client.login("auditor");
        ConsoleClient.Reply verify = client.get("/api/v1/audit/verify", auditor);
        if (verify.status() != 200 || !verify.body().path("chainOk").asBoolean()) {
            brokenChains++;
            progress.println("  live verify failed: " + verify);
        }
        JsonNode live = verify.body().path("live");
        return new Live(live.path("lastSequence").asLong(), live.path("stateHash").asText());
    }

    /** Starts the workers, waits for {@code target} acknowledgements, kills the server, stops the workers. */
    private Map<String, Long> loadAndKill(ServerProcess server, int target, int cycle)
            throws IOException, InterruptedException {
        ConsoleClient client = new ConsoleClient(server.port());
        String token = client.login("calltaker");
        Map<String, Long> acked = new ConcurrentHashMap<>();
        CountDownLatch enough = new CountDownLatch(target);
        Tally tally = new Tally();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            Thread worker = new Thread(new IncidentWorker(new ConsoleClient(server.port()), token,
                    "crash-c" + cycle + "-w" + w + "-", random.split(), acked, enough, tally, new Milestone()), "crash-worker-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        boolean reached = enough.await(120, TimeUnit.SECONDS);
        server.kill();
        for (Thread worker : workers) {
            worker.interrupt();
            worker.join(60_000);
        }
        progress.printf("cycle %d: killed pid %d after %d acknowledged incidents (target %d%s); other answers %s%n",
                cycle, server.pid(), acked.size(), target, reached ? "" : ", not reached in 120 s", tally);
        serverErrors += tally.serverErrorsOtherThan("none");
        return Map.copyOf(acked);
    }

    private void checkOffline(Map<String, Long> acked, Live live, int cycle) throws IOException, InterruptedException {
        JsonNode verify = tool.verify();
        if (!verify.path("chainOk").asBoolean()) {
            brokenChains++;
            progress.println("  journal verify: " + verify);
        }
        journalEntries = verify.path("entries").asLong();
        JsonNode replay = tool.replayUntil(live.sequence());
        hashChecks++;
        if (!replay.path("stateHash").asText().equals(live.hash())
                || replay.path("lastSequence").asLong() != live.sequence()) {
            hashMismatches++;
            progress.printf("  replay --until %d: %s, live hash %s%n", live.sequence(), replay, live.hash());
        }
        long missing = 0;
        if (!acked.isEmpty()) {
            var exported = tool.exportedAddresses();
            missing = acked.keySet().stream().filter(a -> !exported.contains(a)).count();
            checkedInJournal += acked.size();
            lost += missing;
        }
        progress.printf("  offline: chain %s, %d entries; replay --until %d hash %s live; %d acknowledged, "
                        + "%d missing from the journal%n", verify.path("chainOk").asBoolean() ? "ok" : "BROKEN",
                journalEntries, live.sequence(), replay.path("stateHash").asText().equals(live.hash()) ? "="
                        : "!=", acked.size(), missing);
    }

    private void checkThroughApi(ConsoleClient client, Map<String, Long> acked, int cycle)
            throws IOException, InterruptedException {
        if (acked.isEmpty()) {
            return;
        }
        String token = client.login("dispatcher");
        long missing = 0;
        for (Map.Entry<String, Long> e : acked.entrySet()) {
            ConsoleClient.Reply reply = client.get("/api/v1/incidents/" + e.getValue(), token);
            if (reply.status() != 200 || !e.getKey().equals(reply.body().path("address").asText())) {
                missing++;
            }
        }
        checkedThroughApi += acked.size();
        lost += missing;
        progress.printf("  after restart %d: %d acknowledged incidents read back, %d missing%n", cycle,
                acked.size(), missing);
    }

    /** {@code CrashCampaign <cycles> <server jar> <work dir> [seed]}; exit 0 only when it passed. */
    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(args[0]);
        ServerLauncher launcher = ServerLauncher.jar(Path.of(args[1]));
        Path work = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        System.out.printf("crash campaign: %d cycles, seed %d, work %s%n", cycles, seed, work);
        Result result = new CrashCampaign(launcher, new Settings(cycles, 4, 200, 3_000, 1_200, seed, work),
                System.out).run();
        System.out.println(result.json());
        System.exit(result.passed() ? 0 : 1);
    }
}
