package org.sanhe.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.sanhe.dispatch.runtime.cluster.ClusterMember;

/**
 * {@code cluster:}: {@code enabled}, {@code memberId}, {@code members} (each {@code { id, host, basePort }}: ingress,
 * consensus, log, catch-up and archive on {@code basePort + 0..4}), {@code dir}, {@code leaderHeartbeatTimeoutMillis}
 * and {@code electionTimeoutMillis}. The member list is checked whenever it is given (ids unique, ports not shared,
 * an odd count so a majority survives a member's loss, {@code memberId} among them); every bad value is a problem
 * of its own key.
 */
final class ClusterReader {

    private static final String KEY = "cluster";
    private static final Set<String> MEMBER_KEYS = Set.of("id", "host", "basePort");

    private ClusterReader() {
    }

    static ClusterSettings read(ConfigTree tree) {
        tree.onlyKeys(KEY, Set.of("enabled", "memberId", "members", "dir", "leaderHeartbeatTimeoutMillis",
                "electionTimeoutMillis"));
        boolean enabled = tree.bool("cluster.enabled");
        int memberId = (int) tree.integer("cluster.memberId", 0, 1_000);
        long heartbeat = tree.integer("cluster.leaderHeartbeatTimeoutMillis", 100, 60_000);
        long election = tree.integer("cluster.electionTimeoutMillis", 50, 60_000);
        if (election >= heartbeat) {
            tree.problem("cluster.electionTimeoutMillis", "must be below cluster.leaderHeartbeatTimeoutMillis ("
                    + heartbeat + "), was " + election);
        }
        Path dir = Path.of(tree.text("cluster.dir"));
        List<ClusterMember> members = members(tree);
        if (enabled || !members.isEmpty()) {
            checkMembers(tree, memberId, members);
        }
        return new ClusterSettings(enabled, memberId, members, dir, Duration.ofMillis(heartbeat),
                Duration.ofMillis(election));
    }

    private static List<ClusterMember> members(ConfigTree tree) {
        JsonNode node = tree.at("cluster.members");
        List<ClusterMember> members = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return members;
        }
        if (!node.isArray()) {
            tree.problem("cluster.members", "must be a list of { id, host, basePort }");
            return members;
        }
        for (int i = 0; i < node.size(); i++) {
            ClusterMember member = member(tree, "cluster.members[" + i + "]", node.get(i));
            if (member != null) {
                members.add(member);
            }
        }
        return members;
    }

    private static ClusterMember member(ConfigTree tree, String key, JsonNode node) {
        if (!node.isObject()) {
            tree.problem(key, "must be { id, host, basePort }");
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBER_KEYS.contains(name)) {
                tree.problem(key + "." + name, "unknown key; known: " + MEMBER_KEYS);
            }
        }
        Integer id = whole(tree, key + ".id", node.path("id"), 0, 1_000);
        Integer basePort = whole(tree, key + ".basePort", node.path("basePort"), 1,
                65_535 - ClusterMember.PORTS + 1);
        JsonNode host = node.path("host");
        if (!host.isTextual() || host.asText().isBlank()) {
            tree.problem(key + ".host", "is required");
            return null;
        }
        return id == null || basePort == null ? null : new ClusterMember(id, host.asText(), basePort);
    }

    private static Integer whole(ConfigTree tree, String key, JsonNode node, int min, int max) {
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            tree.problem(key, "must be a whole number " + min + ".." + max + ", was "
                    + (node.isMissingNode() ? "nothing" : "'" + node.asText() + "'"));
            return null;
        }
        return node.asInt();
    }

    private static void checkMembers(ConfigTree tree, int memberId, List<ClusterMember> members) {
        if (members.size() % 2 == 0) {
            tree.problem("cluster.members", "needs an odd number of members (3 or 5) so that a majority survives "
                    + "the loss of one, has " + members.size());
        }
        for (int i = 0; i < members.size(); i++) {
            ClusterMember m = members.get(i);
            for (int j = 0; j < i; j++) {
                ClusterMember other = members.get(j);
                if (other.id() == m.id()) {
                    tree.problem("cluster.members[" + i + "].id", "member id " + m.id() + " is listed twice");
                }
                if (other.host().equals(m.host()) && Math.abs(other.basePort() - m.basePort()) < ClusterMember.PORTS) {
                    tree.problem("cluster.members[" + i + "].basePort", "ports " + m.basePort() + ".."
                            + (m.basePort() + ClusterMember.PORTS - 1) + " overlap member " + other.id() + "'s on "
                            + m.host());
                }
            }
        }
        if (members.stream().noneMatch(m -> m.id() == memberId)) {
            tree.problem("cluster.memberId", memberId + " is not the id of any of cluster.members");
        }
    }
}
