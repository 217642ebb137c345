package org.sanhe.dispatch.runtime.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to run one member of the cluster. Every member is given the same {@code members} list and its own
 * {@code memberId}, directories and Aeron directory.
 *
 * @param memberId               this member's id, one of the members'
 * @param members                every member of the cluster, this one included
 * @param dir                    this member's cluster directory (its archive and consensus state: back it up)
 * @param journalDir             this member's Chronicle journal, written from the applied log
 * @param aeronDir               the media driver's directory, one per member on a host (best on a tmpfs such as
 *                               {@code /dev/shm})
 * @param leaderHeartbeatTimeout how long followers wait without a heartbeat before they elect a new leader: 1 s in
 *                               tests, 2-3 s in production so that a GC pause does not cause an election
 * @param electionTimeout        how long an election round waits for votes
 */
public record ClusterOptions(int memberId, List<ClusterMember> members, Path dir, Path journalDir, String aeronDir,
                             Duration leaderHeartbeatTimeout, Duration electionTimeout) {

    /** The production leader heartbeat timeout: a 1-2 s GC pause must not cause an election. */
    public static final Duration PRODUCTION_HEARTBEAT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration PRODUCTION_ELECTION_TIMEOUT = Duration.ofSeconds(1);

    public ClusterOptions {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(journalDir, "journalDir");
        Objects.requireNonNull(aeronDir, "aeronDir");
        Objects.requireNonNull(leaderHeartbeatTimeout, "leaderHeartbeatTimeout");
        Objects.requireNonNull(electionTimeout, "electionTimeout");
        members = List.copyOf(members);
        checkMembers(memberId, members);
        if (electionTimeout.isNegative() || electionTimeout.isZero()
                || electionTimeout.compareTo(leaderHeartbeatTimeout) >= 0) {
            throw new IllegalArgumentException("electionTimeout must be positive and below leaderHeartbeatTimeout ("
                    + leaderHeartbeatTimeout.toMillis() + " ms), was " + electionTimeout.toMillis() + " ms");
        }
    }

    /** With the production timeouts. */
    public static ClusterOptions of(int memberId, List<ClusterMember> members, Path dir, Path journalDir,
                                    String aeronDir) {
        return new ClusterOptions(memberId, members, dir, journalDir, aeronDir, PRODUCTION_HEARTBEAT_TIMEOUT,
                PRODUCTION_ELECTION_TIMEOUT);
    }

    public ClusterOptions withTimeouts(Duration heartbeat, Duration election) {
        return new ClusterOptions(memberId, members, dir, journalDir, aeronDir, heartbeat, election);
    }

    /** This member's entry. */
    public ClusterMember self() {
        return members.stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
    }

    /** Aeron's cluster members string. */
    String aeronMembers() {
        return members.stream().map(ClusterMember::aeronEntry).collect(Collectors.joining("|"));
    }

    /** Aeron's ingress endpoints string for clients: {@code id=host:port,...}. */
    public static String ingressEndpoints(List<ClusterMember> members) {
        return members.stream().map(m -> m.id() + "=" + m.endpoint(ClusterMember.INGRESS))
                .collect(Collectors.joining(","));
    }

    private static void checkMembers(int memberId, List<ClusterMember> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
        Set<Integer> ids = new HashSet<>();
        Set<String> ports = new HashSet<>();
        for (ClusterMember m : members) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("member id " + m.id() + " is listed twice");
            }
            for (int k = 0; k < ClusterMember.PORTS; k++) {
                if (!ports.add(m.endpoint(k))) {
                    throw new IllegalArgumentException("member " + m.id() + ": port " + m.endpoint(k)
                            + " overlaps another member's");
                }
            }
        }
        if (!ids.contains(memberId)) {
            throw new IllegalArgumentException("memberId " + memberId + " is not among the members " + ids);
        }
    }
}
