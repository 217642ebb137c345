package org.sanhe.dispatch.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.Runs;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.stubs.ManualClock;

class AuditReaderTest {

    @TempDir
    Path dir;

    private Runs.Run run;

    @BeforeEach
    void journal() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(),
                clock)) {
            run = Runs.drive(runtime, clock, 5, 3_000);
        }
    }

    @Test
    void entriesByTimeRangeAreExactlyThoseStampedInIt() {
        long from = run.commands().get(1_000).timestamp();
        long to = run.commands().get(2_000).timestamp();
        List<Long> read = new ArrayList<>();
        try (AuditReader reader = AuditReader.open(dir)) {
            reader.entriesBetween(from, to, e -> read.add(e.sequence()));
        }
        List<Long> expected = run.commands().stream().filter(c -> c.timestamp() >= from && c.timestamp() <= to)
                .map(StampedCommand::sequence).toList();
        assertThat(read).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void theStateAtASequenceIsTheStateOfApplyingThatPrefix() {
        Centre prefix = new Centre();
        run.commands().subList(0, 1_500).forEach(c -> prefix.apply(c, e -> { }));
        try (AuditReader reader = AuditReader.open(dir)) {
            AuditReader.Replayed at = reader.replay(AuditReader.untilSequence(1_500));
            assertThat(at.centre().stateHash()).isEqualTo(prefix.stateHash());
            assertThat(at.verification().lastSequence()).isEqualTo(1_500);
        }
    }

    @Test
    void anIncidentsTimelineStartsWithItsOpeningAndHoldsItsLinks() {
        try (AuditReader reader = AuditReader.open(dir)) {
            List<TimelineEntry> timeline = reader.timeline(2);
            assertThat(timeline.get(0).events()).first().isInstanceOfSatisfying(IncidentOpened.class,
                    o -> assertThat(o.incidentId()).isEqualTo(2));
            List<Long> linkSequences = run.commands().stream()
                    .filter(c -> c.command() instanceof LinkCall l && l.incidentId() == 2)
                    .map(StampedCommand::sequence).toList();
            assertThat(timeline).extracting(TimelineEntry::sequence).containsAll(linkSequences.stream()
                    .filter(s -> s > timeline.get(0).sequence()).toList());
            assertThat(timeline).extracting(TimelineEntry::sequence).isSorted();
        }
    }

}
