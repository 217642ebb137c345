package org.sanhe.bench.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGKILL of the cluster's leader under load, again and again ({@link CampaignCluster}: three real server processes
 * on loopback, leader heartbeat timeout as set, 1 s in the campaign). The campaign's PBX ({@link CampaignPbx}) places
 * calls at a steady rate for whichever member's adapter is connected (the leader's), and writers open incidents with
 * unique addresses through the consoles of all three members. Each round: wait until the members agree on a leader,
 * let the load run a random while, kill the leader, time the failover ({@link FailoverClock}: kill to a survivor's
 * {@code /health} naming a new leader, kill to the first acknowledged write), start the killed member again on its
 * directories and wait until its commit position reaches the survivors' at its restart. At the end the load stops,
 * the calls drain, the members stop with SIGTERM, and each member's journal is checked offline
 * ({@link JournalTool}): chain intact, every acknowledged address there exactly once, no unacknowledged one twice,
 * every call placed offered and finished once ({@link JournalCensus}), and the same last sequence and chain head on
 * the three.
 */
public final class ClusterFailoverCampaign {

    /**
     * @param kills           leader kills
     * @param writersPerNode  HTTP clients opening incidents on each member's console
     * @param writerPauseMillis each writer's pause after each answer
     * @param callsPerSecond  the PBX's rate
     * @param heartbeatMillis the members' leader heartbeat timeout
     * @param seed            for the pauses between kills and the incidents' places
     * @param work            the campaign's directory
     * @param basePort        the cluster's ports: member i from basePort + 10 i
     * @param httpPort        member i's console on httpPort + i; the PBX's AMI on httpPort + 50
     */
    public record Settings(int kills, int writersPerNode, long writerPauseMillis, double callsPerSecond,
                           long heartbeatMillis, long seed, Path work, int basePort, int httpPort) {
    }

    private final ServerLauncher launcher;
    private final Settings settings;
    private final PrintStream progress;
    private final SplittableRandom random;
    private final Markers markers = new Markers();
    private final Tally tally = new Tally();
    private final Milestone acks = new Milestone();
    private final List<Long> toLeader = new ArrayList<>();
    private final List<Long> toAck = new ArrayList<>();
    private final List<Long> catchUp = new ArrayList<>();
    private String restartFailure;

    public ClusterFailoverCampaign(ServerLauncher launcher, Settings settings, PrintStream progress) {
        this.launcher = launcher;
        this.settings = settings;
        this.progress = progress;
        this.random = new SplittableRandom(settings.seed());
    }

    public FailoverResult run() throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        Files.createDirectories(settings.work());
        int amiPort = settings.httpPort() + 50;
        try (CampaignPbx pbx = CampaignPbx.start(settings.callsPerSecond(), settings.seed(), amiPort);
             CampaignCluster cluster = CampaignCluster.start(launcher, settings.work(), settings.basePort(),
                     settings.httpPort(), amiPort, settings.heartbeatMillis())) {
            int leader = cluster.awaitLeader(120);
            progress.printf("cluster up, leader %d%n", leader);
            String[] tokens = signIn(cluster);
            pbx.startCalls();
            List<Thread> writers = startWriters(cluster, tokens);
            for (int kill = 1; kill <= settings.kills() && restartFailure == null; kill++) {
                round(cluster, kill, tokens);
            }
            writers.forEach(Thread::interrupt);
            for (Thread writer : writers) {
                writer.join(60_000);
            }
            pbx.stopCalls();
            return finish(cluster, pbx, tokens, System.currentTimeMillis() - start);
        }
    }

    private String[] signIn(CampaignCluster cluster) throws IOException, InterruptedException {
        String[] tokens = new String[CampaignCluster.MEMBERS];
        for (int id = 0; id < tokens.length; id++) {
            tokens[id] = cluster.client(id).login("calltaker");
        }
        return tokens;
    }

    private List<Thread> startWriters(CampaignCluster cluster, String[] tokens) {
        List<Thread> writers = new ArrayList<>();
        for (int id = 0; id < CampaignCluster.MEMBERS; id++) {
            for (int w = 0; w < settings.writersPerNode(); w++) {
                ConsoleClient client = cluster.client(id);
                Thread writer = new Thread(new IncidentWorker(client, tokens[id], "failover-n" + id + "-w" + w + "-",
                        random.split(), markers.acked, new CountDownLatch(0), tally, acks, markers.unacknowledged,
                        () -> client.login("calltaker"), settings.writerPauseMillis()),
                        "failover-writer-" + id + "-" + w);
                writer.setDaemon(true);
                writer.start();
                writers.add(writer);
            }
        }
        return writers;
    }

    /** One kill: leader agreed, a random 2-6 s of load, SIGKILL, failover timed, the member back and caught up. */
    private void round(CampaignCluster cluster, int kill, String[] tokens) throws InterruptedException {
        int leader = cluster.awaitLeader(120);
        long before = acks.count();
        TimeUnit.MILLISECONDS.sleep(2_000 + random.nextInt(4_000));
        long pid = cluster.pid(leader);
        long killedAt = System.nanoTime();
        cluster.kill(leader);
        FailoverClock.Times times = FailoverClock.measure(cluster, leader, killedAt, "failover-probe-" + kill + "-",
                tokens, markers, 60);
        toLeader.add(times.toLeader());
        toAck.add(times.toAck());
        long restartAt = System.nanoTime();
        try {
            cluster.startMember(leader);
        } catch (RuntimeException e) {
            restartFailure = "member " + leader + " did not start again after kill " + kill + ": " + e.getMessage();
            progress.printf(Locale.ROOT, "kill %d: leader %d; new leader %d in %d ms, first ack in %d ms; %s%n", kill,
                    leader, times.newLeader(), times.toLeader(), times.toAck(), restartFailure);
            return;
        }
        long caughtUp = awaitCaughtUp(cluster, leader);
        catchUp.add(caughtUp < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(caughtUp - restartAt));
        progress.printf(Locale.ROOT, "kill %d: leader %d (pid %d) after %d acks; new leader %d in %d ms, first ack"
                        + " in %d ms; back and caught up %s ms after its restart; other answers %s%n", kill, leader,
                pid, acks.count() - before, times.newLeader(), times.toLeader(), times.toAck(),
                caughtUp < 0 ? "never (120 s)" : Long.toString(catchUp.get(catchUp.size() - 1)), tally);
    }

    /**
     * Waits until member {@code id} has applied what the survivors had when it restarted: its commit position and
     * its read model's last sequence at least the highest a survivor reports now. The nano time, or -1 after 120 s.
     */
    private static long awaitCaughtUp(CampaignCluster cluster, int id) throws InterruptedException {
        long position = -1;
        long sequence = -1;
        for (int other = 0; other < CampaignCluster.MEMBERS; other++) {
            ClusterHealth health = other == id ? null : ClusterHealth.of(cluster.client(other));
            if (health != null) {
                position = Math.max(position, health.commitPosition());
                sequence = Math.max(sequence, health.lastSequence());
            }
        }
        ConsoleClient client = cluster.client(id);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            ClusterHealth health = ClusterHealth.of(client);
            if (health != null && position >= 0 && health.commitPosition() >= position
                    && health.lastSequence() >= sequence) {
                return System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return -1;
    }

    private FailoverResult finish(CampaignCluster cluster, CampaignPbx pbx, String[] tokens, long elapsed)
            throws IOException, InterruptedException {
        int leader = cluster.awaitLeader(120);
        if (!pbx.awaitQuiet(cluster.client(leader), 300)) {
            progress.println("the calls did not drain within 5 minutes");
        }
        awaitSameCommit(cluster);
        long callsLostLive = 0;
        for (int id = 0; id < CampaignCluster.MEMBERS; id++) {
            if (!cluster.running(id)) {
                continue;
            }
            String token = cluster.client(id).login("dispatcher");
            callsLostLive = Math.max(callsLostLive, pbx.lost(cluster.client(id), token, progress));
        }
        int[] exits = cluster.stop();
        progress.printf("stopped with SIGTERM, exits %s%n", java.util.Arrays.toString(exits));
        return FailoverResult.check(toLeader.size(), markers, pbx.callIds(), callsLostLive, tally,
                toLeader, toAck, catchUp, cluster.refusedStarts(), restartFailure, offline(), elapsed, progress);
    }

    private List<FailoverResult.Member> offline() throws IOException, InterruptedException {
        List<FailoverResult.Member> members = new ArrayList<>();
        for (int id = 0; id < CampaignCluster.MEMBERS; id++) {
            JournalTool tool = new JournalTool(launcher, settings.work().resolve("node-" + id).resolve("journal"));
            members.add(new FailoverResult.Member(id, tool.verify(), JournalCensus.of(tool)));
        }
        return members;
    }

    /** Waits (up to 60 s) until the three members report one commit position and one last sequence. */
    private void awaitSameCommit(CampaignCluster cluster) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ClusterHealth> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = new ArrayList<>();
            for (int id = 0; id < CampaignCluster.MEMBERS; id++) {
                seen.add(ClusterHealth.of(cluster.client(id)));
            }
            if (!seen.contains(null) && seen.stream().map(h -> h.commitPosition() + "/" + h.lastSequence())
                    .distinct().count() == 1) {
                progress.printf("the members agree: %s%n", seen.get(0));
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        progress.println("the members did not reach one commit position and sequence within 60 s: " + seen);
    }

    /**
     * {@code ClusterFailoverCampaign <kills> <server jar> <work dir> [seed]}; exit 0 only when it passed. Ports
     * from the environment's {@code CAMPAIGN_PORT_BASE} (default 24300): base..base+24 (cluster), base+101..base+103
     * (consoles), base+151 (PBX).
     */
    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(args[0]);
        ServerLauncher launcher = ServerLauncher.jar(Path.of(args[1]));
        Path work = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        System.out.printf("cluster failover campaign: %d kills, seed %d, leader heartbeat timeout 1 s, work %s%n",
                kills, seed, work);
        int portBase = Integer.parseInt(System.getenv().getOrDefault("CAMPAIGN_PORT_BASE", "24300"));
        FailoverResult result = new ClusterFailoverCampaign(launcher,
                new Settings(kills, 1, 100, 2.0, 1_000, seed, work, portBase, portBase + 101), System.out).run();
        System.out.println(result.json());
        System.exit(result.passed() ? 0 : 1);
    }
}
