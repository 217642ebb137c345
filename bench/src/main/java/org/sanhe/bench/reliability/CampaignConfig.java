package org.sanhe.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sanhe.dispatch.runtime.cluster.ClusterMember;

/** The server configuration a campaign runs with: the demo, on a free port, journal and snapshots in its directory. */
final class CampaignConfig {

    private CampaignConfig() {
    }

    static Path write(Path work, int callsPerMinute, long snapshotEvery) throws IOException {
        return write(work, work.resolve("journal"), callsPerMinute, snapshotEvery);
    }

    static Path write(Path work, Path journal, int callsPerMinute, long snapshotEvery) throws IOException {
        return write(work, journal, snapshotEvery, """
                  simulator: { callsPerMinute: %d }
                """.formatted(callsPerMinute));
    }

    /**
     * The same with the built-in simulator off and the adapter connected to a PBX on {@code amiPort} (the campaign's
     * own {@link CampaignPbx}).
     */
    static Path writeWithPbx(Path work, Path journal, int amiPort, long snapshotEvery) throws IOException {
        return write(work, journal, snapshotEvery, """
                  simulator: { enabled: false }
                  ami: { host: 127.0.0.1, port: %d, username: %s, secret: %s, pingIntervalMillis: 1000 }
                """.formatted(amiPort, CampaignPbx.USER, CampaignPbx.USER));
    }

    /**
     * Member {@code memberId} of a cluster campaign ({@code node-ID.yaml} in {@code work}): the console on
     * {@code httpPort}, everything else in {@code work/node-ID}, the adapter connected to the campaign's PBX on
     * {@code amiPort} (on the leader only: the server decides), and the {@code cluster:} section with the given
     * leader heartbeat timeout (election timeout: half of it).
     */
    static Path writeClusterNode(Path work, int memberId, List<ClusterMember> members, int httpPort, int amiPort,
                                 long heartbeatMillis) throws IOException {
        Path node = work.resolve("node-" + memberId);
        StringBuilder list = new StringBuilder();
        for (ClusterMember m : members) {
            list.append("    - { id: %d, host: %s, basePort: %d }%n".formatted(m.id(), m.host(), m.basePort()));
        }
        return write(work.resolve("node-" + memberId + ".yaml"), httpPort, node.resolve("journal"), node, 2_000, """
                  simulator: { enabled: false }
                  ami: { host: 127.0.0.1, port: %d, username: %s, secret: %s, pingIntervalMillis: 1000 }
                cluster:
                  enabled: true
                  memberId: %d
                  dir: "%s"
                  leaderHeartbeatTimeoutMillis: %d
                  electionTimeoutMillis: %d
                  members:
                """.formatted(amiPort, CampaignPbx.USER, CampaignPbx.USER, memberId,
                node.resolve("cluster").toAbsolutePath(), heartbeatMillis, heartbeatMillis / 2) + list);
    }

    private static Path write(Path work, Path journal, long snapshotEvery, String telephony) throws IOException {
        return write(work.resolve("campaign.yaml"), 0, journal, work, snapshotEvery, telephony);
    }

    private static Path write(Path config, int port, Path journal, Path work, long snapshotEvery, String telephony)
            throws IOException {
        Files.writeString(config, """
                server: { port: %d }
                journal: { dir: "%s", durability: mapped, snapshotDir: "%s", snapshotEvery: %d }
                gis: { roads: { cacheDir: "%s" } }
                telephony:
                """.formatted(port, journal.toAbsolutePath(), work.resolve("snapshots").toAbsolutePath(), snapshotEvery,
                work.resolve("roads").toAbsolutePath())
                + telephony);
        return config;
    }
}
