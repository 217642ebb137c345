package org.sanhe.dispatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;

/** Replay equivalence through the real runtime: Disruptor, Chronicle journal, recovery. */
class RuntimeReplayTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());

    @TempDir
    Path dir;

    private RuntimeOptions options(Path journal) {
        return RuntimeOptions.defaults(journal).withoutTimerThread();
    }

    @Test
    void aRestartRebuildsTheSameStateAsTheLiveRunAndAsTheDirectApplication() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        Runs.Run live;
        try (DispatchRuntime runtime = DispatchRuntime.start(options(dir), clock)) {
            live = Runs.drive(runtime, clock, SEED, 8_000);
        }
        Runs.Run direct = Runs.direct(live.commands());
        assertThat(live.events()).as("seed %d: events", SEED).isEqualTo(direct.events());
        assertThat(live.stateHash()).as("seed %d: live hash", SEED).isEqualTo(direct.stateHash());

        try (DispatchRuntime restarted = DispatchRuntime.start(options(dir), clock)) {
            assertThat(restarted.recovered().replayed()).isEqualTo(live.commands().size());
            assertThat(restarted.read(Centre::stateHash).get(10, TimeUnit.SECONDS))
                    .as("seed %d: hash after restart", SEED).isEqualTo(live.stateHash());
            Outcome next = restarted.submit(Actor.system("pbx"), new OfferCall("after-restart", "110", null,
                    "ch-after-restart", null)).get(10, TimeUnit.SECONDS);
            assertThat(next.sequence()).as("numbering resumes").isEqualTo(live.commands().size() + 1);
        }
    }

    @Test
    void underFsyncDurabilityEveryAcknowledgedCommandIsReplayedToo() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        RuntimeOptions fsync = options(dir).withDurability(org.sanhe.dispatch.runtime.journal.Durability.FSYNC);
        Runs.Run live;
        try (DispatchRuntime runtime = DispatchRuntime.start(fsync, clock)) {
            live = Runs.drive(runtime, clock, SEED, 1_000);
        }
        assertThat(live.events()).as("seed %d", SEED).isEqualTo(Runs.direct(live.commands()).events());
        try (DispatchRuntime restarted = DispatchRuntime.start(fsync, clock)) {
            assertThat(restarted.read(Centre::stateHash).get(10, TimeUnit.SECONDS)).isEqualTo(live.stateHash());
        }
    }

    @Test
    void aRestartFromSnapshotPlusTailEqualsAFullReplay() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        Path journal = dir.resolve("journal");
        Path snapshots = dir.resolve("snapshots");
        RuntimeOptions withSnapshots = options(journal).withSnapshots(snapshots, 1_000);
        Runs.Run live;
        try (DispatchRuntime runtime = DispatchRuntime.start(withSnapshots, clock)) {
            live = Runs.drive(runtime, clock, SEED, 5_500);
        }
        assertThat(files(snapshots)).as("the newest three snapshots are kept").hasSize(3);
        try (DispatchRuntime fromSnapshot = DispatchRuntime.start(withSnapshots, clock)) {
            assertThat(fromSnapshot.recovered().snapshotAt()).isEqualTo(5_000);
            assertThat(fromSnapshot.recovered().replayed()).isEqualTo(live.commands().size() - 5_000);
            assertThat(fromSnapshot.read(Centre::stateHash).get(10, TimeUnit.SECONDS))
                    .as("seed %d", SEED).isEqualTo(live.stateHash());
        }
        try (DispatchRuntime fullReplay = DispatchRuntime.start(options(journal), clock)) {
            assertThat(fullReplay.recovered().snapshotAt()).isZero();
            assertThat(fullReplay.read(Centre::stateHash).get(10, TimeUnit.SECONDS)).isEqualTo(live.stateHash());
        }
    }

    @Test
    void twoRunsOfTheSameInputWithAFixedClockWriteByteIdenticalJournals() throws Exception {
        Map<String, byte[]> first = runInto(dir.resolve("one"));
        Map<String, byte[]> second = runInto(dir.resolve("two"));
        assertThat(first).isNotEmpty();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    private Map<String, byte[]> runInto(Path journal) throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        try (DispatchRuntime runtime = DispatchRuntime.start(options(journal), clock)) {
            Runs.drive(runtime, clock, 7, 2_000);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(journal)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".cq4")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void theTimeStampedIsTheSequencersAndNeverGoesBackwards() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0 + 5_000);
        try (DispatchRuntime runtime = DispatchRuntime.start(options(dir), clock)) {
            Outcome first = runtime.submit(Actor.system("pbx"), new OfferCall("c1", "110", null, "ch1", null))
                    .get(10, TimeUnit.SECONDS);
            clock.set(Scenario.T0);
            Outcome second = runtime.submit(Actor.user("ct"), new AnswerCall("c1", "ct"))
                    .get(10, TimeUnit.SECONDS);
            assertThat(first.timestamp()).isEqualTo(Scenario.T0 + 5_000);
            assertThat(second.timestamp()).isEqualTo(first.timestamp());
            assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        }
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
