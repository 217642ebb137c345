package org.sanhe.bench.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.agrona.CloseHelper;
import org.sanhe.bench.reliability.ServerLauncher;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.cluster.ClusterGateway;
import org.sanhe.dispatch.runtime.cluster.ClusterMember;
import org.sanhe.dispatch.runtime.cluster.ClusterNode;
import org.sanhe.dispatch.runtime.cluster.ClusterOptions;
import org.sanhe.dispatch.runtime.cluster.ReplicaOutcomes;
import org.sanhe.dispatch.runtime.publish.EventPublisher;

/**
 * Three cluster members on loopback as a server node sees them: member 0 in this JVM with a {@link ClusterGateway}
 * over its media driver and {@link ReplicaOutcomes} over its replica (so an acknowledgement is the command committed
 * on a majority and applied by this member, the console's read-your-writes), members 1 and 2 as child JVMs
 * ({@link ClusterMemberMain}) that exit when this JVM closes their standard input. Ports
 * {@code basePort + 10 * id + 0..4}; every member's directories under {@code root}, its Aeron directory under
 * {@code /dev/shm}. Production timeouts ({@link ClusterOptions#of}). Not thread-safe: one owner.
 */
final class LoopbackCluster implements AutoCloseable {

    static final int MEMBERS = 3;
    /** What {@code CentreService} logs when its member becomes leader. */
    private static final String LEADER_LINE = ": now LEADER";

    private final List<Process> children = new ArrayList<>();
    private ClusterNode local;
    private ClusterGateway gateway;
    private final ReplicaOutcomes outcomes = new ReplicaOutcomes();

    private LoopbackCluster() {
    }

    /**
     * Starts the three members and the gateway; the gateway connects once a leader is elected. With
     * {@code localFollows}, member 0 is launched only after the two others elected one of them, so that it joins as
     * a follower (a console's write then crosses to the leader and back); otherwise it is launched before the others,
     * so that its start-up canvass ends first and it usually wins the first election.
     */
    static LoopbackCluster start(int basePort, Path root, boolean localFollows)
            throws IOException, InterruptedException {
        LoopbackCluster cluster = new LoopbackCluster();
        try {
            Files.createDirectories(root);
            ClusterOptions options = options(0, basePort, root);
            EventPublisher publisher = new EventPublisher();
            publisher.listen(cluster.outcomes);
            if (!localFollows) {
                cluster.local = ClusterNode.launch(options, publisher);
            }
            List<Path> logs = cluster.startChildren(basePort, root);
            if (localFollows) {
                awaitLine(logs, LEADER_LINE, 120);
                cluster.local = ClusterNode.launch(options, publisher);
            }
            cluster.gateway = new ClusterGateway(options.members(), "127.0.0.1", options.aeronDir(),
                    EpochClock.system(), ClusterGateway.DEFAULT_DEADLINE, ClusterGateway.DEFAULT_RESEND);
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private List<Path> startChildren(int basePort, Path root) throws IOException {
        ServerLauncher launcher = ServerLauncher.classPath(ClusterMemberMain.class.getName(), "-Xmx256m");
        List<Path> logs = new ArrayList<>();
        for (int id = 1; id < MEMBERS; id++) {
            Path log = root.resolve("member-" + id + ".log");
            logs.add(log);
            children.add(new ProcessBuilder(launcher.command(Integer.toString(id), Integer.toString(basePort),
                    root.toAbsolutePath().toString())).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start());
        }
        return logs;
    }

    /** Waits until one of the logs has a line containing {@code text}. */
    private static void awaitLine(List<Path> logs, String text, int timeoutSeconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            for (Path log : logs) {
                if (Files.exists(log) && Files.readString(log).contains(text)) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("no member logged \"" + text + "\" within " + timeoutSeconds + " s: " + logs);
    }

    /** Member {@code id}'s options in a cluster of {@link #MEMBERS} from {@code basePort}, directories under root. */
    static ClusterOptions options(int id, int basePort, Path root) {
        List<ClusterMember> members = IntStream.range(0, MEMBERS)
                .mapToObj(m -> new ClusterMember(m, "127.0.0.1", basePort + 10 * m)).toList();
        return ClusterOptions.of(id, members, root.resolve("member-" + id), root.resolve("journal-" + id),
                "/dev/shm/sanhe-bench-" + basePort + "-" + id);
    }

    /** The raw gateway: its futures complete with the leader's reply. */
    ClusterGateway gateway() {
        return gateway;
    }

    /** Member 0's replica outcomes: {@code outcomes().withEvents(reply)} completes once it applied the command. */
    ReplicaOutcomes outcomes() {
        return outcomes;
    }

    /** Member 0, in this JVM. */
    ClusterNode local() {
        return local;
    }

    /** The child members' process ids. */
    List<Long> childPids() {
        return children.stream().map(Process::pid).toList();
    }

    @Override
    public void close() {
        CloseHelper.close(gateway);
        CloseHelper.close(local);
        for (Process child : children) {
            try {
                child.getOutputStream().close();
                if (!child.waitFor(20, TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor();
                }
            } catch (IOException e) {
                child.destroyForcibly();
            } catch (InterruptedException e) {
                child.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
