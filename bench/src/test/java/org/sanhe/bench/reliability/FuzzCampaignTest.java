package org.sanhe.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz campaign, CI-sized: 4,000 requests to the real server process (the full campaign, a million, is
 * {@code bash scripts/campaign.sh fuzz}; see docs/reliability.md). Besides passing (no 5xx, everything answered,
 * heap stable), its well-formed share must reach the core: some requests accepted, some refused by its rules.
 */
class FuzzCampaignTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());

    @TempDir
    Path work;

    @Test
    void noRequestGetsA5xxAndTheWellFormedOnesReachTheCore() throws Exception {
        FuzzCampaign.Result result = new FuzzCampaign(ServerLauncher.classPath(), 4_000, 4, SEED, work).run();
        System.out.println(result.json());

        assertThat(result.passed()).as("seed %d: %s", SEED, result.json()).isTrue();
        assertThat(result.byStatus().getOrDefault(201, 0L)).as("accepted, created").isGreaterThan(20);
        assertThat(result.wellFormedByStatus().getOrDefault(200, 0L)).as("accepted changes and audit answers")
                .isGreaterThan(100);
        assertThat(result.wellFormedByStatus().getOrDefault(409, 0L)).as("refused by the core's rules")
                .isGreaterThan(20);
    }
}
