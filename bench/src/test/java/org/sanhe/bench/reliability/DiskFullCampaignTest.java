package org.sanhe.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.runtime.journal.SmallDisk;

/**
 * The disk-full campaign, CI-sized: one fill-and-free round of the real server's journal volume (a tmpfs) under
 * load, with PBX calls through it that must all reach the core once space returns. Skipped where this process may not mount a tmpfs; the full campaign is
 * {@code bash scripts/campaign.sh disk-full} (docs/reliability.md).
 */
class DiskFullCampaignTest {

    @TempDir
    Path work;

    @Test
    void aFullJournalVolumeRefusesWith503DamagesNothingAndTheServerRecoversWhenSpaceReturns() throws Exception {
        assumeTrue(SmallDisk.available(), "mounting a tmpfs is not allowed here");
        DiskFullCampaign.Result result = new DiskFullCampaign(ServerLauncher.classPath(),
                new DiskFullCampaign.Settings(1, 2, 200, 8L << 20, 600, 20, 1, work), System.out).run();
        System.out.println(result.json());
        assertThat(result.roundsRecovered()).as(result.json()).isEqualTo(1);
        assertThat(result.refused()).as(result.json()).isPositive();
        assertThat(result.serverErrors()).as(result.json()).isZero();
        assertThat(result.lost()).as(result.json()).isZero();
        assertThat(result.pbxHeld()).as("PBX commands held while the disk was full: " + result.json())
                .isGreaterThanOrEqualTo(20);
        assertThat(result.pbxLost()).as(result.json()).isZero();
        assertThat(result.chainOk()).as(result.json()).isTrue();
        assertThat(result.hashOk()).as(result.json()).isTrue();
        assertThat(result.healthFollowed()).as(result.json()).isTrue();
    }
}
