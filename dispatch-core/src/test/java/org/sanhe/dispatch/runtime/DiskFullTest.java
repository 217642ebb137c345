package org.sanhe.dispatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.audit.Verification;
import org.sanhe.dispatch.runtime.journal.SmallDisk;
import org.sanhe.dispatch.runtime.sequencer.JournalWriteException;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;

/**
 * The journal on a real, small file system that fills up. Before the journal kept its next blocks allocated, the
 * mapped write into an unbacked page raised SIGBUS: the entry was committed as zeros (the chain broke there, so the
 * server could not even restart) and the core thread died of the InternalError, leaving every submitter waiting.
 */
class DiskFullTest {

    private static final Actor PBX = Actor.system("pbx");

    @TempDir
    Path dir;

    @Test
    void aFullDiskRefusesCommandsDamagesNothingAndTheJournalTakesCommandsAgainWhenSpaceReturns() throws Exception {
        assumeTrue(SmallDisk.available(), "mounting a tmpfs is not allowed here; the disk-full campaign covers it");
        ManualClock clock = new ManualClock(Scenario.T0);
        List<String> acknowledged = new ArrayList<>();
        String hashBeforeRestart;
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("volume"), 4L << 20)) {
            Path journal = disk.path().resolve("journal");
            try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(journal)
                    .withoutTimerThread(), clock)) {
                offer(runtime, "before", acknowledged);
                disk.fill();
                JournalWriteException refused = null;
                for (int i = 0; refused == null; i++) {
                    assertThat(i).as("a command is refused before the reserve runs out").isLessThan(100_000);
                    try {
                        offer(runtime, "full-" + i, acknowledged);
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(JournalWriteException.class);
                        refused = (JournalWriteException) e.getCause();
                    }
                }
                assertThat(refused).hasMessageContaining("No space left on device");
                assertThat(runtime.journalRefusing()).as("the runtime says its journal refuses").isTrue();
                assertThatThrownBy(() -> offer(runtime, "still-full", acknowledged))
                        .hasCauseInstanceOf(JournalWriteException.class);

                disk.free();
                offer(runtime, "after", acknowledged);
                assertThat(runtime.journalRefusing()).as("taken again").isFalse();
                hashBeforeRestart = runtime.read(Centre::stateHash).get(10, TimeUnit.SECONDS);
            }
            Verification v = verify(journal);
            assertThat(v.chainOk()).as(v.problem()).isTrue();
            assertThat(v.lastSequence()).isEqualTo(acknowledged.size());
            try (DispatchRuntime restarted = DispatchRuntime.start(RuntimeOptions.defaults(journal)
                    .withoutTimerThread(), clock)) {
                assertThat(restarted.read(Centre::stateHash).get(10, TimeUnit.SECONDS)).isEqualTo(hashBeforeRestart);
                assertThat(restarted.read(c -> acknowledged.stream().allMatch(id -> c.calls().get(id) != null))
                        .get(10, TimeUnit.SECONDS)).as("every acknowledged call is there").isTrue();
            }
        }
    }

    private static void offer(DispatchRuntime runtime, String callId, List<String> acknowledged) throws Exception {
        Outcome outcome = runtime.submit(PBX, new OfferCall(callId, "110", null, "ch-" + callId, null))
                .get(10, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).isTrue();
        acknowledged.add(callId);
    }

    private static Verification verify(Path journal) {
        try (AuditReader reader = AuditReader.open(journal)) {
            return reader.verify();
        }
    }
}
