package org.sanhe.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server configuration a campaign runs with: the demo, on a free port, journal and snapshots in its directory. */
final class CampaignConfig {

    private CampaignConfig() {
    }

    static Path write(Path work, int callsPerMinute, long snapshotEvery) throws IOException {
        return write(work, work.resolve("journal"), callsPerMinute, snapshotEvery);
    }

    static Path write(Path work, Path journal, int callsPerMinute, long snapshotEvery) throws IOException {
        Path config = work.resolve("campaign.yaml");
        Files.writeString(config, """
                server: { port: 0 }
                journal: { dir: "%s", durability: mapped, snapshotDir: "%s", snapshotEvery: %d }
                telephony:
                  simulator: { callsPerMinute: %d }
                """.formatted(journal.toAbsolutePath(), work.resolve("snapshots").toAbsolutePath(), snapshotEvery,
                callsPerMinute));
        return config;
    }
}
