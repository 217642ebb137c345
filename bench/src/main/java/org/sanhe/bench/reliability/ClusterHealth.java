package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The {@code cluster} section of a node's {@code /health}: who it is, its role ({@code leader}, {@code follower} or
 * {@code candidate}), the leader it knows of (-1 for none: {@code null} in the reply) and its commit position in the cluster's log.
 */
record ClusterHealth(int memberId, String role, int leaderId, long commitPosition) {

    static final String LEADER = "leader";

    /** The node's answer, or null when it does not answer (killed, starting) or has no cluster section. */
    static ClusterHealth of(ConsoleClient client) {
        try {
            JsonNode cluster = client.get("/health", null).body().path("cluster");
            if (!cluster.isObject()) {
                return null;
            }
            JsonNode leader = cluster.path("leaderId");
            return new ClusterHealth(cluster.path("memberId").asInt(-1), cluster.path("role").asText(""),
                    leader.isIntegralNumber() ? leader.asInt() : -1, cluster.path("commitPosition").asLong(-1));
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
