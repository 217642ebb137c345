package org.sanhe.dispatch.runtime.cluster;

import java.util.Objects;

/**
 * One member of the cluster as every member's configuration lists it. Its five ports are consecutive from
 * {@code basePort}: ingress (clients), consensus (the members' votes and heartbeats), log (the Raft log to
 * followers), catch-up (a lagging follower's replay) and archive (its archive's control channel).
 *
 * @param id       the member id, 0 or more, unique in the cluster
 * @param host     the host name or address the other members and the clients reach it at
 * @param basePort the first of its five ports
 */
public record ClusterMember(int id, String host, int basePort) {

    public static final int INGRESS = 0;
    public static final int CONSENSUS = 1;
    public static final int LOG = 2;
    public static final int CATCH_UP = 3;
    public static final int ARCHIVE = 4;
    /** Ports a member takes from its base port on. */
    public static final int PORTS = 5;

    public ClusterMember {
        Objects.requireNonNull(host, "host");
        if (id < 0) {
            throw new IllegalArgumentException("member id must not be negative, was " + id);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("member " + id + ": host must not be blank");
        }
        if (basePort < 1 || basePort + PORTS - 1 > 65_535) {
            throw new IllegalArgumentException("member " + id + ": basePort must leave room for " + PORTS
                    + " ports below 65536, was " + basePort);
        }
    }

    /** {@code host:port} of one of its ports, e.g. {@code endpoint(ARCHIVE)}. */
    public String endpoint(int offset) {
        return host + ":" + (basePort + offset);
    }

    /** Its entry in Aeron's cluster members string: {@code id,ingress,consensus,log,catchup,archive}. */
    String aeronEntry() {
        return id + "," + endpoint(INGRESS) + "," + endpoint(CONSENSUS) + "," + endpoint(LOG) + ","
                + endpoint(CATCH_UP) + "," + endpoint(ARCHIVE);
    }
}
