package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.journal.JournalReader;

class ReplicaJournalTest {

    @TempDir
    Path dir;

    private static final Actor PBX = Actor.system("pbx");

    private static Command call(String id) {
        return new OfferCall(id, "110", null, "ch-" + id, null);
    }

    private static void record(ReplicaJournal journal, List<String> ids, long from) {
        for (int i = 0; i < ids.size(); i++) {
            journal.record(from + i, Scenario.T0 + from + i, PBX, call(ids.get(i)));
        }
    }

    @Test
    void replayingTheSameLogWritesNothingTwiceAndGoesOnAfterTheJournalsEnd() {
        String head;
        try (ReplicaJournal journal = ReplicaJournal.open(dir)) {
            record(journal, List.of("a", "b", "c"), 1);
            head = journal.headHex();
        }
        try (ReplicaJournal journal = ReplicaJournal.open(dir)) {
            record(journal, List.of("a", "b", "c"), 1);
            assertThat(journal.headHex()).isEqualTo(head);
            assertThat(journal.diverged()).isFalse();
            record(journal, List.of("d"), 4);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            JournalReader.Scan scan = reader.scan(e -> { });
            assertThat(scan.chainOk()).isTrue();
            assertThat(scan.entries()).isEqualTo(4);
        }
    }

    @Test
    void aLogThatDisagreesWithTheJournalIsReportedAndNotWritten() {
        try (ReplicaJournal journal = ReplicaJournal.open(dir)) {
            record(journal, List.of("a", "b"), 1);
        }
        try (ReplicaJournal journal = ReplicaJournal.open(dir)) {
            record(journal, List.of("a", "x"), 1);
            assertThat(journal.diverged()).isTrue();
            record(journal, List.of("y"), 3);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            assertThat(reader.scan(e -> { }).entries()).as("nothing written after the divergence").isEqualTo(2);
        }
    }

    @Test
    void aSnapshotAheadOfTheJournalIsReportedAsAGap() {
        try (ReplicaJournal journal = ReplicaJournal.open(dir)) {
            record(journal, List.of("a"), 1);
        }
        try (ReplicaJournal journal = ReplicaJournal.open(dir)) {
            journal.restore(5, new byte[32]);
            assertThat(journal.diverged()).isTrue();
        }
    }
}
