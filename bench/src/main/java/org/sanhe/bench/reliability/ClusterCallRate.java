package org.sanhe.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.sanhe.bench.cluster.ProcessCpu;

/**
 * The call rate a 3-member cluster sustains from the PBX to the core, next to a single node's, in one run on one
 * machine: the campaigns' PBX ({@link CampaignPbx}: calls on the wall clock, 50 call-takers answering on the PBX)
 * feeds the real server processes over AMI, one rate step after the other, each step on a new PBX whose adapter
 * connection the server's adapter re-establishes. A step is sustained when, within 60 s of the last call, the PBX
 * and the adapter are quiet and every call placed is in the core (read through the leader's console), finished, and
 * answered there exactly when the PBX answered it; the achieved rate is calls placed per second of placing. CPU:
 * every server process's CPU time and this JVM's (the PBX) over the step ({@link ProcessCpu}), per 1,000 calls. No
 * consoles and no API writers: this is the telephony path alone (the full end-to-end load of a single node, with
 * consoles and desks, is {@code EndToEndLoad}).
 *
 * <pre>
 * java $CHRONICLE_FLAGS $AERON_FLAGS -cp bench/target/benchmarks.jar org.sanhe.bench.reliability.ClusterCallRate \
 *      server/target/dispatch-server.jar WORK [rates=10,20,40] [seconds=30]
 * </pre>
 * Ports 24500-24524 (cluster), 24601-24603 (the cluster's consoles), 24650 (PBX); the single node's console on an
 * ephemeral port, as in the other campaigns.
 */
public final class ClusterCallRate {

    private static final int AMI_PORT = 24_650;

    private ClusterCallRate() {
    }

    /** What one step measured. */
    private record Step(String subject, int rate, long placed, double achieved, long lost, boolean drained,
                        double cpuSeconds) {
        boolean sustained() {
            return lost == 0 && drained;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %s | %.2f | %s |", subject, rate,
                    achieved, placed, lost, drained ? "yes" : "no", cpuSeconds * 1000 / Math.max(1, placed),
                    sustained() ? "yes" : "**no**");
        }
    }

    /** The processes of one subject, and how to reach its leader's console. */
    private interface Subject extends AutoCloseable {
        List<Long> pids();

        ConsoleClient leader() throws InterruptedException;

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        ServerLauncher launcher = ServerLauncher.jar(Path.of(args[0]));
        Path work = Files.createDirectories(Path.of(args[1]));
        int[] rates = Arrays.stream((args.length > 2 ? args[2] : "10,20,40").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        List<Step> steps = new ArrayList<>();
        try (Subject single = single(launcher, work.resolve("single"))) {
            steps.addAll(steps("single node", single, rates, seconds));
        }
        try (Subject cluster = cluster(launcher, work.resolve("cluster"))) {
            steps.addAll(steps("3-node cluster", cluster, rates, seconds));
        }
        System.out.println("| subject | calls/s asked | achieved | calls | lost | drained in 60 s"
                + " | CPU s per 1,000 calls | sustained |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        steps.forEach(s -> System.out.println(s.row()));
    }

    private static List<Step> steps(String name, Subject subject, int[] rates, int seconds) throws Exception {
        List<Step> steps = new ArrayList<>();
        for (int rate : rates) {
            Step step = step(name, subject, rate, seconds);
            System.out.println(step.row() + " load average " + ProcessCpu.loadAverage());
            steps.add(step);
        }
        return steps;
    }

    private static Step step(String name, Subject subject, int rate, int seconds) throws Exception {
        try (CampaignPbx pbx = CampaignPbx.start(rate, rate, AMI_PORT)) {
            ConsoleClient leader = subject.leader();
            awaitLink(leader);
            double cpuFrom = ProcessCpu.seconds(subject.pids());
            long start = System.nanoTime();
            pbx.startCalls();
            TimeUnit.SECONDS.sleep(seconds);
            pbx.stopCalls();
            double placing = (System.nanoTime() - start) / 1e9;
            boolean drained = pbx.awaitQuiet(leader, 60);
            double cpu = ProcessCpu.seconds(subject.pids()) - cpuFrom;
            long lost = pbx.lost(leader, leader.login("dispatcher"), System.out);
            return new Step(name, rate, pbx.placed(), pbx.placed() / placing, lost, drained, cpu);
        }
    }

    /** Waits (up to 30 s) until the server's adapter is logged in to the new PBX. */
    private static void awaitLink(ConsoleClient client) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if ("CONNECTED".equals(client.get("/health", null).body().path("pbx").path("link").asText(""))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("the adapter did not connect to the PBX within 30 s");
    }

    private static Subject single(ServerLauncher launcher, Path work) throws Exception {
        Files.createDirectories(work);
        Path config = CampaignConfig.writeWithPbx(work, work.resolve("journal"), AMI_PORT, 0);
        ServerProcess server = ServerProcess.start(launcher, config, work.resolve("server.log"), 180);
        return new Subject() {
            @Override
            public List<Long> pids() {
                return List.of(server.pid());
            }

            @Override
            public ConsoleClient leader() {
                return new ConsoleClient(server.port());
            }

            @Override
            public void close() {
                try {
                    server.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static Subject cluster(ServerLauncher launcher, Path work) throws Exception {
        Files.createDirectories(work);
        CampaignCluster cluster = CampaignCluster.start(launcher, work, 24_500, 24_601, AMI_PORT, 1_000);
        return new Subject() {
            @Override
            public List<Long> pids() {
                return List.of(cluster.pid(0), cluster.pid(1), cluster.pid(2));
            }

            @Override
            public ConsoleClient leader() throws InterruptedException {
                return cluster.client(cluster.awaitLeader(120));
            }

            @Override
            public void close() {
                try {
                    cluster.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cluster.close();
            }
        };
    }
}
