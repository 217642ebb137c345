package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A node's {@code /health} as a cluster campaign reads it: from its {@code cluster} section who it is, its role
 * ({@code leader}, {@code follower} or {@code candidate}), the leader it knows of (-1 for none: {@code null} in the
 * reply) and the commit position of the cluster's log it last heard; and the last sequence its read model holds
 * ({@code core.lastSequence}, -1 when not reported), which is what it has applied.
 */
record ClusterHealth(int memberId, String role, int leaderId, long commitPosition, long lastSequence) {

    static final String LEADER = "leader";

    /** The node's answer, or null when it does not answer (killed, starting) or has no cluster section. */
    static ClusterHealth of(ConsoleClient client) {
        try {
            JsonNode body = client.get("/health", null).body();
            JsonNode cluster = body.path("cluster");
            if (!cluster.isObject()) {
                return null;
            }
            JsonNode leader = cluster.path("leaderId");
            return new ClusterHealth(cluster.path("memberId").asInt(-1), cluster.path("role").asText(""),
                    leader.isIntegralNumber() ? leader.asInt() : -1, cluster.path("commitPosition").asLong(-1),
                    body.path("core").path("lastSequence").asLong(-1));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    boolean leads() {
        return LEADER.equals(role);
    }
}
