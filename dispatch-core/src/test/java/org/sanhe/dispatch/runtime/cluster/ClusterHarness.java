package org.sanhe.dispatch.runtime.cluster;

import io.aeron.cluster.service.Cluster;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agrona.CloseHelper;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.publish.EventPublisher;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * Three members of the cluster in this JVM on loopback, for tests: ports {@code basePort + 10 * id + 0..4} (pick a
 * base per test from the range the machine gives the tests), a temporary directory per member and an Aeron
 * directory under {@code /dev/shm} named after the test, all deleted by {@link #close()}. A member can be stopped
 * and started again on its directories. Records everything each member's service published since its last start.
 * Leader heartbeat timeout 1 s, election timeout 500 ms.
 */
public final class ClusterHarness implements AutoCloseable {

    public static final int MEMBERS = 3;
    public static final Duration HEARTBEAT = Duration.ofSeconds(1);
    public static final Duration ELECTION = Duration.ofMillis(500);

    private final Path root;
    private final String shmPrefix;
    private final List<ClusterMember> members = new ArrayList<>();
    private final ClusterNode[] nodes = new ClusterNode[MEMBERS];
    private final List<List<Published>> published = new ArrayList<>();
    private MediaDriver clientDriver;
    private ClusterGateway gateway;

    private ClusterHarness(String name, int basePort) throws IOException {
        root = Files.createTempDirectory("sanhe-cluster-" + name + "-");
        Path shm = Path.of("/dev/shm");
        String base = Files.isDirectory(shm) ? shm.toString() : System.getProperty("java.io.tmpdir");
        shmPrefix = base + "/sanhe-cluster-test-" + name + "-" + ProcessHandle.current().pid() + "-" + basePort;
        for (int id = 0; id < MEMBERS; id++) {
            members.add(new ClusterMember(id, "localhost", basePort + 10 * id));
            published.add(new CopyOnWriteArrayList<>());
        }
    }

    /** Starts the three members. */
    public static ClusterHarness start(String name, int basePort) throws IOException {
        ClusterHarness harness = new ClusterHarness(name, basePort);
        try {
            for (int id = 0; id < MEMBERS; id++) {
                harness.start(id);
            }
        } catch (RuntimeException e) {
            harness.close();
            throw e;
        }
        return harness;
    }

    public ClusterOptions options(int id) {
        return new ClusterOptions(id, members, root.resolve("member-" + id), root.resolve("journal-" + id),
                shmPrefix + "-" + id, HEARTBEAT, ELECTION);
    }

    /** Launches member {@code id} on its directories (again, after a {@link #stop}). */
    public ClusterNode start(int id) {
        if (nodes[id] != null) {
            throw new IllegalStateException("member " + id + " is running");
        }
        EventPublisher publisher = new EventPublisher();
        List<Published> seen = published.get(id);
        seen.clear();
        publisher.listen(seen::add);
        nodes[id] = ClusterNode.launch(options(id), publisher);
        return nodes[id];
    }

    public void stop(int id) {
        CloseHelper.close(nodes[id]);
        nodes[id] = null;
    }

    public ClusterNode node(int id) {
        return nodes[id];
    }

    public List<ClusterMember> members() {
        return members;
    }

    /** What member {@code id}'s service published since it was last started, in order. */
    public List<Published> published(int id) {
        return published.get(id);
    }

    /** The running members, by id. */
    public List<ClusterNode> running() {
        return Stream.of(nodes).filter(n -> n != null).toList();
    }

    /** Waits until exactly one running member is leader, and returns it. */
    public ClusterNode awaitLeader() {
        return Await.value("a leader among the running members", () -> {
            List<ClusterNode> leaders = running().stream().filter(n -> n.role() == Cluster.Role.LEADER).toList();
            return leaders.size() == 1 ? leaders.get(0) : null;
        });
    }

    /** Waits until every running member has applied the same last sequence, at least {@code sequence}. */
    public long awaitConverged(long sequence) {
        return Await.value("every running member at the same sequence, at least " + sequence, () -> {
            long[] applied = running().stream().mapToLong(n -> n.service().lastApplied()).distinct().toArray();
            return applied.length == 1 && applied[0] >= sequence ? applied[0] : null;
        });
    }

    /** Each running member's fingerprint, by id, computed on its service thread. */
    public Map<Integer, Fingerprint> fingerprints() throws Exception {
        Map<Integer, Fingerprint> prints = new TreeMap<>();
        for (ClusterNode node : running()) {
            prints.put(node.memberId(), node.service().fingerprint().get(30, TimeUnit.SECONDS));
        }
        return prints;
    }

    /**
     * Waits until every running member reports the same fingerprint (a timer may fire between two members' answers,
     * so this asks again until they agree), and returns it.
     */
    public Fingerprint awaitSameFingerprint() {
        return awaitFingerprint(false);
    }

    /** Like {@link #awaitSameFingerprint}, and no timer pending: the members stay as they are until a command. */
    public Fingerprint awaitQuiet() {
        return awaitFingerprint(true);
    }

    private Fingerprint awaitFingerprint(boolean quiet) {
        String what = "the same fingerprint on every running member" + (quiet ? ", no timer pending" : "");
        return Await.value(what, () -> {
            try {
                List<Fingerprint> prints = fingerprints().values().stream().distinct().toList();
                return prints.size() == 1 && (!quiet || prints.get(0).pendingTimers() == 0) ? prints.get(0) : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A gateway to the cluster over a client media driver of its own, created on first use. */
    public ClusterGateway gateway() {
        if (gateway == null) {
            clientDriver = MediaDriver.launch(new MediaDriver.Context()
                    .aeronDirectoryName(shmPrefix + "-client")
                    .threadingMode(ThreadingMode.SHARED)
                    .sharedIdleStrategy(new SleepingMillisIdleStrategy(1))
                    .termBufferSparseFile(true)
                    .publicationTermBufferLength(64 * 1024)
                    .ipcTermBufferLength(64 * 1024)
                    .dirDeleteOnStart(true)
                    .dirDeleteOnShutdown(true));
            gateway = new ClusterGateway(members, "localhost", clientDriver.aeronDirectoryName(),
                    EpochClock.system(), ClusterGateway.DEFAULT_DEADLINE, ClusterGateway.DEFAULT_RESEND);
        }
        return gateway;
    }

    public Path journalDir(int id) {
        return options(id).journalDir();
    }

    @Override
    public void close() {
        CloseHelper.close(gateway);
        for (int id = 0; id < MEMBERS; id++) {
            stop(id);
        }
        CloseHelper.close(clientDriver);
        delete(root);
        for (int id = 0; id < MEMBERS; id++) {
            delete(Path.of(shmPrefix + "-" + id));
        }
        delete(Path.of(shmPrefix + "-client"));
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
