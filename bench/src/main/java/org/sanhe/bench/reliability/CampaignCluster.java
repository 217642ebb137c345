package org.sanhe.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.sanhe.dispatch.runtime.cluster.ClusterMember;

/**
 * Three real server processes on loopback in cluster mode, as a campaign runs them: member {@code i}'s console on
 * {@code httpPort + i}, its cluster ports from {@code basePort + 10 * i}, its configuration and directories under
 * the campaign's directory ({@link CampaignConfig#writeClusterNode}), all members' adapters pointed at the
 * campaign's PBX. A member can be killed (SIGKILL) and started again on the same directories. One owner thread.
 */
final class CampaignCluster implements AutoCloseable {

    static final int MEMBERS = 3;
    private static final long START_SECONDS = 300;
    static final String ACTIVE_MARK_FILE = "active mark file detected";
    private static final int ATTEMPTS = 4;
    private static final int RETRY_SECONDS = 5;

    private final ServerLauncher launcher;
    private final Path work;
    private final int httpPort;
    private final List<Path> configs = new ArrayList<>();
    private final ServerProcess[] processes = new ServerProcess[MEMBERS];
    private final int[] starts = new int[MEMBERS];
    private final AtomicInteger refusedStarts = new AtomicInteger();

    private CampaignCluster(ServerLauncher launcher, Path work, int httpPort) {
        this.launcher = launcher;
        this.work = work;
        this.httpPort = httpPort;
    }

    /**
     * Writes the configurations and starts the three members at once, a thread each (a member's start waits for a
     * leader, so for the others' votes).
     */
    static CampaignCluster start(ServerLauncher launcher, Path work, int basePort, int httpPort, int amiPort,
                                 long heartbeatMillis) throws IOException {
        CampaignCluster cluster = new CampaignCluster(launcher, work, httpPort);
        List<ClusterMember> members = IntStream.range(0, MEMBERS)
                .mapToObj(i -> new ClusterMember(i, "127.0.0.1", basePort + 10 * i)).toList();
        for (int i = 0; i < MEMBERS; i++) {
            cluster.configs.add(CampaignConfig.writeClusterNode(work, i, members, httpPort + i, amiPort,
                    heartbeatMillis));
        }
        try {
            List<CompletableFuture<Void>> started = IntStream.range(0, MEMBERS)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> cluster.startMember(i),
                            task -> new Thread(task, "start-member-" + i).start())).toList();
            started.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            cluster.close();
            throw new IOException("a member did not start", e.getCause());
        }
        return cluster;
    }

    /**
     * Starts member {@code id} (again) and waits until its console runs. A start refused because the killed
     * process's Aeron archive mark file still looks active ({@value #ACTIVE_MARK_FILE}: Aeron's archive will not
     * start within its timeout of the last process's heartbeat) is tried again after {@value #RETRY_SECONDS} s, up to
     * {@value #ATTEMPTS} times, and counted ({@link #refusedStarts()}).
     */
    void startMember(int id) {
        if (processes[id] != null) {
            throw new IllegalStateException("member " + id + " is running");
        }
        for (int attempt = 1; ; attempt++) {
            Path log = work.resolve("node-" + id + "-" + (++starts[id]) + ".log");
            try {
                processes[id] = ServerProcess.start(launcher, configs.get(id), log, START_SECONDS);
                return;
            } catch (IllegalStateException e) {
                if (attempt == ATTEMPTS || !logSays(log, ACTIVE_MARK_FILE)) {
                    throw e;
                }
                refusedStarts.incrementAndGet();
                sleepBeforeRetry();
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }
    }

    /** Starts refused because the Aeron archive's mark file of the killed process still looked active. */
    int refusedStarts() {
        return refusedStarts.get();
    }

    private static boolean logSays(Path log, String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleepBeforeRetry() {
        try {
            TimeUnit.SECONDS.sleep(RETRY_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** SIGKILL to member {@code id}'s process, and waits until it is gone. */
    void kill(int id) throws InterruptedException {
        processes[id].kill();
        processes[id] = null;
    }

    /** A new client of member {@code id}'s console (one per thread). */
    ConsoleClient client(int id) {
        return new ConsoleClient(httpPort + id);
    }

    boolean running(int id) {
        return processes[id] != null;
    }

    long pid(int id) {
        return processes[id].pid();
    }

    /** Member {@code id}'s journal directory, for the offline tools once it is stopped. */
    Path journalDir(int id) {
        return work.resolve("node-" + id).resolve("journal");
    }

    /** The leader every running member names, with one of them leading; null while they do not agree. */
    Integer agreedLeader() {
        Integer leader = null;
        boolean someoneLeads = false;
        for (int id = 0; id < MEMBERS; id++) {
            if (!running(id)) {
                continue;
            }
            ClusterHealth health = ClusterHealth.of(client(id));
            if (health == null || health.leaderId() < 0 || (leader != null && leader != health.leaderId())) {
                return null;
            }
            leader = health.leaderId();
            someoneLeads |= health.leads() && health.memberId() == leader;
        }
        return someoneLeads ? leader : null;
    }

    /** Waits until the running members agree on a leader; returns it. */
    int awaitLeader(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            Integer leader = agreedLeader();
            if (leader != null) {
                return leader;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("the running members did not agree on a leader within " + timeoutSeconds
                + " s");
    }

    /** SIGTERM to every running member, each waited for; returns their exit codes (-1: not running). */
    int[] stop() throws InterruptedException {
        int[] exits = new int[MEMBERS];
        for (int id = 0; id < MEMBERS; id++) {
            exits[id] = processes[id] == null ? -1 : processes[id].stop();
            processes[id] = null;
        }
        return exits;
    }

    @Override
    public void close() {
        for (int id = 0; id < MEMBERS; id++) {
            if (processes[id] != null) {
                try {
                    processes[id].close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                processes[id] = null;
            }
        }
    }
}
