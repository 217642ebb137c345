package org.sanhe.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash campaign, CI-sized: three SIGKILLs of the real server process under HTTP and PBX load (the full
 * campaign, 20 cycles and more, is {@code bash scripts/campaign.sh crash}; see docs/reliability.md).
 */
class CrashCampaignTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());

    @TempDir
    Path work;

    @Test
    void afterEverySigkillTheChainVerifiesNoAcknowledgedIncidentIsMissingAndTheLiveHashMatchesTheReplay()
            throws Exception {
        CrashCampaign.Result result = new CrashCampaign(ServerLauncher.classPath(),
                new CrashCampaign.Settings(3, 2, 50, 600, 600, SEED, work), System.out).run();
        System.out.println(result.json());
        assertThat(result.lost()).as("seed %d: %s", SEED, result.json()).isZero();
        assertThat(result.brokenChains()).as("seed %d: %s", SEED, result.json()).isZero();
        assertThat(result.hashMismatches()).as("seed %d: %s", SEED, result.json()).isZero();
        assertThat(result.hashChecks()).isEqualTo(4);
        assertThat(result.checkedInJournal()).isEqualTo(result.acknowledged()).isGreaterThanOrEqualTo(150);
        assertThat(result.checkedThroughApi()).isEqualTo(result.acknowledged());
    }
}
