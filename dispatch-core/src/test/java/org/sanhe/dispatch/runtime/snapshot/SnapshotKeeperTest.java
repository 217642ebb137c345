package org.sanhe.dispatch.runtime.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;

/** The keeper finds the newest snapshot at or before a sequence, restored to the state the centre had then. */
class SnapshotKeeperTest {

    @TempDir
    Path dir;

    @Test
    void theNewestSnapshotAtOrBeforeASequenceRestoresThatState() {
        Map<Long, String> hashAt = new HashMap<>();
        try (SnapshotKeeper keeper = new SnapshotKeeper(dir, 10)) {
            Centre centre = new Centre();
            CommandGenerator generator = new CommandGenerator(7, 1_800_000_000_000L, 0.1);
            for (StampedCommand c : generator.setUp(4)) {
                apply(keeper, centre, c, hashAt);
            }
            while (centre.lastSequence() < 35) {
                apply(keeper, centre, generator.next(centre), hashAt);
            }
        }

        SnapshotKeeper reader = new SnapshotKeeper(dir, 0);
        SnapshotSource.Restored at25 = reader.atOrBefore(25).orElseThrow();
        assertThat(at25.position().sequence()).isEqualTo(20);
        assertThat(at25.centre().stateHash()).isEqualTo(hashAt.get(20L));
        assertThat(reader.atOrBefore(30).orElseThrow().position().sequence()).isEqualTo(30);
        assertThat(reader.latest().orElseThrow().position().sequence()).isEqualTo(30);
        assertThat(reader.atOrBefore(9)).as("before the oldest kept").isEmpty();
        reader.close();
    }

    @Test
    void theNewestSnapshotAtOrBeforeAnInstantIsChosenByTheStampOfItsLastCommand() {
        Map<Long, Long> stampAt = new HashMap<>();
        try (SnapshotKeeper keeper = new SnapshotKeeper(dir, 10)) {
            Centre centre = new Centre();
            CommandGenerator generator = new CommandGenerator(7, 1_800_000_000_000L, 0.1);
            for (StampedCommand c : generator.setUp(4)) {
                centre.apply(c, event -> { });
                keeper.applied(centre, c.sequence(), c.sequence(), new byte[32]);
            }
            while (centre.lastSequence() < 35) {
                StampedCommand c = generator.next(centre);
                centre.apply(c, event -> { });
                keeper.applied(centre, c.sequence(), c.sequence(), new byte[32]);
                stampAt.put(c.sequence(), c.timestamp());
            }
        }
        assertThat(stampAt.get(20L)).as("the generator's clock moved between the snapshots")
                .isLessThan(stampAt.get(30L));

        try (SnapshotKeeper reader = new SnapshotKeeper(dir, 0)) {
            assertThat(reader.atOrBeforeInstant(stampAt.get(30L)).orElseThrow().position().sequence()).isEqualTo(30);
            SnapshotSource.Restored justBefore = reader.atOrBeforeInstant(stampAt.get(30L) - 1).orElseThrow();
            assertThat(justBefore.position().sequence()).isEqualTo(20);
            assertThat(justBefore.centre().lastTimestamp()).isEqualTo(stampAt.get(20L));
            assertThat(reader.atOrBeforeInstant(stampAt.get(10L) - 1)).as("before the oldest kept").isEmpty();
            assertThat(reader.newest(p -> p.sequence() % 20 == 10).orElseThrow().position().sequence())
                    .isEqualTo(30);
        }
    }

    private static void apply(SnapshotKeeper keeper, Centre centre, StampedCommand c, Map<Long, String> hashAt) {
        centre.apply(c, event -> { });
        keeper.applied(centre, c.sequence(), c.sequence(), new byte[32]);
        if (c.sequence() % 10 == 0) {
            hashAt.put(c.sequence(), centre.stateHash());
        }
    }
}
