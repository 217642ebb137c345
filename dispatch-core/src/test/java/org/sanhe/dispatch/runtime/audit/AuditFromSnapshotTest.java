package org.sanhe.dispatch.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.Runs;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.snapshot.SnapshotKeeper;
import org.sanhe.dispatch.stubs.ManualClock;

/**
 * Reading the journal from a snapshot gives what reading it from the beginning gives: the state at a sequence or an
 * instant, and an incident's timeline. A seeded run of 3,030 commands with a snapshot every 250 (the keeper keeps
 * the newest three: 2,500, 2,750 and 3,000), asked at points before, at, between and after them.
 */
class AuditFromSnapshotTest {

    private static final long EVERY = 250;

    @TempDir
    Path dir;

    private Runs.Run run;
    private Centre end;
    private SnapshotKeeper snapshots;

    @BeforeEach
    void journal() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir.resolve("journal"))
                .withoutTimerThread().withSnapshots(dir.resolve("snapshots"), EVERY), clock)) {
            run = Runs.drive(runtime, clock, 11, 3_000);
        }
        try (AuditReader reader = AuditReader.open(dir.resolve("journal"))) {
            end = reader.replay(e -> true).centre();
        }
        snapshots = new SnapshotKeeper(dir.resolve("snapshots"), 0);
    }

    @AfterEach
    void close() {
        snapshots.close();
    }

    @Test
    void theStateAtASequenceIsTheSameFromTheNewestSnapshotAtOrBeforeIt() {
        long last = run.commands().size();
        List<Long> points = List.of(0L, 1L, 1_200L, 2_499L, 2_500L, 2_501L, 2_749L, 2_750L, 2_751L, 2_999L, 3_000L,
                3_001L, last, last + 1, Long.MAX_VALUE);
        try (AuditReader reader = AuditReader.open(dir.resolve("journal"))) {
            for (long at : points) {
                Optional<SnapshotSource.Restored> start = snapshots.atOrBefore(at);
                assertThat(start.map(s -> s.position().sequence()).orElse(0L)).as("snapshot for %d", at)
                        .isEqualTo(at < 2_500 ? 0 : Math.min(3_000, at / EVERY * EVERY));
                AuditReader.Replayed full = reader.replay(AuditReader.untilSequence(at));
                AuditReader.Replayed fromSnapshot = reader.replay(start.orElse(null), AuditReader.untilSequence(at));
                assertSame(full, fromSnapshot, "sequence " + at);
            }
        }
    }

    @Test
    void theStateAtAnInstantIsTheSameFromTheNewestSnapshotStampedAtOrBeforeIt() {
        TreeSet<Long> instants = new TreeSet<>(List.of(Scenario.T0 - 1, Long.MAX_VALUE));
        for (long sequence : List.of(1L, 2_400L, 2_500L, 2_501L, 2_600L, 2_750L, 3_000L, 3_010L,
                (long) run.commands().size())) {
            long stamp = run.commands().get((int) sequence - 1).timestamp();
            instants.addAll(List.of(stamp - 1, stamp, stamp + 1));
        }
        int fromSnapshots = 0;
        try (AuditReader reader = AuditReader.open(dir.resolve("journal"))) {
            for (long at : instants) {
                Optional<SnapshotSource.Restored> start = snapshots.atOrBeforeInstant(at);
                start.ifPresent(s -> assertThat(s.position().timestamp()).isLessThanOrEqualTo(at));
                fromSnapshots += start.isPresent() ? 1 : 0;
                AuditReader.Replayed full = reader.replay(AuditReader.untilInstant(at));
                AuditReader.Replayed fromSnapshot = reader.replay(start.orElse(null), AuditReader.untilInstant(at));
                assertSame(full, fromSnapshot, "instant " + at);
            }
        }
        assertThat(fromSnapshots).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anIncidentsTimelineIsTheSameFromASnapshotStampedBeforeItsOpening() {
        List<Long> ids = new ArrayList<>();
        end.incidents().all().forEach(i -> ids.add(i.id()));
        ids.add(end.incidents().lastId() + 1);
        int fromSnapshots = 0;
        try (AuditReader reader = AuditReader.open(dir.resolve("journal"))) {
            for (long id : ids) {
                Incident incident = end.incidents().get(id);
                Optional<SnapshotSource.Restored> start = incident == null ? snapshots.latest()
                        : snapshots.atOrBeforeInstant(incident.openedAt() - 1);
                fromSnapshots += start.isPresent() ? 1 : 0;
                List<TimelineEntry> full = reader.timeline(id);
                assertThat(reader.timeline(start.orElse(null), id)).as("incident %d", id).isEqualTo(full);
                assertThat(full.isEmpty()).isEqualTo(incident == null);
            }
        }
        assertThat(fromSnapshots).as("incidents opened after a snapshot").isGreaterThan(1);
    }

    private static void assertSame(AuditReader.Replayed full, AuditReader.Replayed fromSnapshot, String what) {
        assertThat(fromSnapshot.centre().stateHash()).as(what).isEqualTo(full.centre().stateHash());
        assertThat(fromSnapshot.centre().lastSequence()).as(what).isEqualTo(full.centre().lastSequence());
        assertThat(fromSnapshot.centre().lastTimestamp()).as(what).isEqualTo(full.centre().lastTimestamp());
        assertThat(fromSnapshot.verification().lastSequence()).as(what)
                .isEqualTo(full.verification().lastSequence());
        assertThat(fromSnapshot.verification().headLink()).as(what).isEqualTo(full.verification().headLink());
        assertThat(fromSnapshot.verification().chainOk()).as(what).isTrue();
    }
}
