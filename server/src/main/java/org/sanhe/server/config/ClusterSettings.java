package org.sanhe.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sanhe.dispatch.runtime.cluster.ClusterMember;
import org.sanhe.dispatch.runtime.cluster.ClusterOptions;

/**
 * The {@code cluster:} section, checked: whether this server is one member of an Aeron Cluster (issue 17), which
 * member, the same member list on every member, and this member's cluster directory. With {@code enabled: true} the
 * server runs as that member ({@code runtime.cluster.ClusterCore}).
 *
 * @param enabled                false (the default): the embedded single node
 * @param memberId               this member's id, one of the members'
 * @param members                every member (empty when not enabled and none listed)
 * @param dir                    this member's cluster directory (archive and consensus state)
 * @param leaderHeartbeatTimeout followers elect a new leader after this long without a heartbeat
 * @param electionTimeout        an election round's wait for votes
 */
public record ClusterSettings(boolean enabled, int memberId, List<ClusterMember> members, Path dir,
                              Duration leaderHeartbeatTimeout, Duration electionTimeout) {

    public ClusterSettings {
        members = List.copyOf(members);
    }

    /**
     * The member's Aeron directory (its media driver's buffers): on {@code /dev/shm} when the host has it, else in
     * the temporary directory, named after the member and its cluster directory so that members sharing a host do
     * not share it.
     */
    public String aeronDir() {
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                : Path.of(System.getProperty("java.io.tmpdir"));
        String where = Integer.toHexString(dir.toAbsolutePath().normalize().toString().hashCode());
        return base.resolve("sanhe-aeron-" + memberId + "-" + where).toString();
    }

    /** The runtime's options for this member, its journal in {@code journalDir}. */
    public ClusterOptions options(Path journalDir, String aeronDir) {
        return new ClusterOptions(memberId, members, dir, journalDir, aeronDir, leaderHeartbeatTimeout,
                electionTimeout);
    }
}
