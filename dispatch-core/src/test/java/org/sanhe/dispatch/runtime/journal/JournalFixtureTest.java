package org.sanhe.dispatch.runtime.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.recovery.Recovery;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;

/**
 * Journals written by earlier versions of the project, committed under {@code src/test/resources/journal/}, must
 * verify and replay to the state hash recorded when they were written, whatever records have gained since; state
 * that later versions also build from old commands (the incidents' responders) is left out of that comparison
 * ({@link Centre#stateHashWithoutResponders}).
 */
class JournalFixtureTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"v1"})
    void anOldJournalStillVerifiesAndReplaysToItsRecordedHash(String version) throws IOException {
        Path source = Path.of("src/test/resources/journal", version);
        Path copy = temp.resolve(version);
        copyDir(source, copy);
        Properties expected = new Properties();
        try (InputStream in = Files.newInputStream(source.resolve("expected.properties"))) {
            expected.load(in);
        }
        Set<String> types = new TreeSet<>();
        try (JournalReader reader = JournalReader.open(copy)) {
            JournalReader.Scan scan = reader.scan(e -> types.add(e.command().getClass().getSimpleName()));
            assertThat(scan.chainOk()).as(scan.problem()).isTrue();
            assertThat(scan.entries()).isEqualTo(Long.parseLong(expected.getProperty("entries")));
        }
        assertThat(types).as("the fixture exercises every record it was written with").hasSize(17);
        Recovery.Recovered replayed = Recovery.recover(copy, SnapshotSource.NONE);
        // the incidents' responders (snapshot format 5, digest tag 7) are built from the old journal's assignments
        // too: everything else hashes as recorded, and the full hash differs by them alone
        Centre centre = replayed.centre();
        assertThat(centre.stateHashWithoutResponders()).isEqualTo(expected.getProperty("stateHash"));
        assertThat(centre.incidents().all()).anyMatch(i -> !i.responders().isEmpty());
        assertThat(centre.stateHash()).isNotEqualTo(expected.getProperty("stateHash"));
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, to.resolve(f.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
