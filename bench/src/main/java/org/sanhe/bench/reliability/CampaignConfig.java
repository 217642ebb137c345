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

    private static Path write(Path work, Path journal, long snapshotEvery, String telephony) throws IOException {
        Path config = work.resolve("campaign.yaml");
        Files.writeString(config, """
                server: { port: 0 }
                journal: { dir: "%s", durability: mapped, snapshotDir: "%s", snapshotEvery: %d }
                gis: { roads: { cacheDir: "%s" } }
                telephony:
                """.formatted(journal.toAbsolutePath(), work.resolve("snapshots").toAbsolutePath(), snapshotEvery,
                work.resolve("roads").toAbsolutePath())
                + telephony);
        return config;
    }
}
