package org.sanhe.dispatch.runtime.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.slf4j.LoggerFactory;

/** The store on a real temporary directory: durable files, the newest intact one found, damaged ones passed over. */
class SnapshotStoreTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());

    @TempDir
    Path directory;

    private SnapshotStore store;
    private final Logger logger = (Logger) LoggerFactory.getLogger(SnapshotStore.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void openStore() throws IOException {
        store = new SnapshotStore(directory.resolve("snapshots"));
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void detachLog() {
        logger.detachAppender(log);
    }

    @Test
    void aWrittenSnapshotReadsBackEqualAndLeavesNoTemporaryFile() throws IOException {
        Snapshot snapshot = snapshot(123_456, "some state");

        Path file = store.write(snapshot);

        assertThat(file.getFileName()).hasToString("snapshot-00000000000000123456.bin");
        assertThat(store.read(123_456)).isEqualTo(snapshot);
        assertThat(store.latest()).contains(snapshot);
        try (var files = Files.list(store.directory())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void anEmptyStoreHasNoLatest() throws IOException {
        assertThat(store.latest()).isEmpty();
        assertThat(store.sequences()).isEmpty();
    }

    @Test
    void latestIsTheHighestSequenceWhateverTheOrderOfWriting() throws IOException {
        store.write(snapshot(300, "c"));
        store.write(snapshot(9, "a"));
        store.write(snapshot(10_000_000_000L, "d"));
        store.write(snapshot(100, "b"));

        assertThat(store.sequences()).containsExactly(9L, 100L, 300L, 10_000_000_000L);
        assertThat(store.latest()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(10_000_000_000L));
    }

    @Test
    void aNewestFileWithAnyByteChangedIsPassedOverWithAWarning() throws IOException {
        Snapshot previous = snapshot(100, "previous");
        store.write(previous);
        Snapshot newest = snapshot(200, "newest");
        Path file = store.write(newest);
        byte[] good = Files.readAllBytes(file);
        int[] positions = {0, 5, 10, 30, 70, 127, 150, SnapshotFile.HEADER_BYTES - 1, SnapshotFile.HEADER_BYTES + 3,
            good.length - 1};
        for (int at : positions) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x01;
            Files.write(file, damaged);

            assertThat(store.latest()).as("byte %d changed", at).contains(previous);
            assertThatThrownBy(() -> store.read(200)).isInstanceOf(MalformedRecordException.class);
        }
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN)
                .hasSize(positions.length)
                .allMatch(e -> e.getFormattedMessage().contains(SnapshotStore.fileName(200)));
    }

    @Test
    void aTruncatedOrGrownNewestFileIsPassedOver() throws IOException {
        Snapshot previous = snapshot(100, "previous");
        store.write(previous);
        Path file = store.write(snapshot(200, "newest"));
        byte[] good = Files.readAllBytes(file);
        for (int length : new int[] {0, 3, SnapshotFile.HEADER_BYTES - 1, SnapshotFile.HEADER_BYTES,
            good.length - 1, good.length + 1}) {
            Files.write(file, Arrays.copyOf(good, length));
            assertThat(store.latest()).as("%d of %d bytes", length, good.length).contains(previous);
        }
    }

    @Test
    void aFileUnderAnotherSequencesNameIsPassedOver() throws IOException {
        Path written = store.write(snapshot(100, "a"));
        Files.copy(written, store.directory().resolve(SnapshotStore.fileName(500)));

        assertThat(store.latest()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(100));
    }

    @Test
    void temporaryAndForeignFilesAreIgnoredAndRetainDeletesLeftoverTemporaries() throws IOException {
        store.write(snapshot(100, "a"));
        Path leftover = store.directory().resolve(SnapshotStore.fileName(200) + ".tmp");
        Files.write(leftover, new byte[] {1, 2, 3});
        Files.write(store.directory().resolve("notes.txt"), new byte[] {1});

        assertThat(store.sequences()).containsExactly(100L);
        assertThat(store.latest()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(100));
        store.retain(1);
        assertThat(leftover).doesNotExist();
        assertThat(store.directory().resolve("notes.txt")).exists();
    }

    @Test
    void retainKeepsTheNewestN() throws IOException {
        for (long sequence = 1; sequence <= 5; sequence++) {
            store.write(snapshot(sequence * 10, "s" + sequence));
        }

        store.retain(2);
        assertThat(store.sequences()).containsExactly(40L, 50L);
        store.retain(5);
        assertThat(store.sequences()).containsExactly(40L, 50L);
        assertThatThrownBy(() -> store.retain(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWriteReplacesASnapshotOfTheSameSequence() throws IOException {
        store.write(snapshot(100, "first"));
        Snapshot second = snapshot(100, "second");
        store.write(second);
        assertThat(store.read(100)).isEqualTo(second);
    }

    @Test
    void aCapturedCentreRestoresFromTheStore() throws IOException {
        Centre centre = RandomCentre.of(SEED, 0.1, 20, 2_000).centre();
        byte[] chain = new byte[Snapshot.CHAIN_HASH_BYTES];
        Arrays.fill(chain, (byte) 0x5a);
        store.write(Snapshots.capture(centre, 4_242, chain));

        Snapshot read = store.latest().orElseThrow();

        assertThat(read.sequence()).isEqualTo(centre.lastSequence());
        assertThat(read.journalIndex()).isEqualTo(4_242);
        assertThat(read.chainHash()).isEqualTo(chain);
        assertThat(Snapshots.restore(read).stateHash()).as("seed %d", SEED).isEqualTo(centre.stateHash());
    }

    @Test
    void aSnapshotRefusesAChainHashOrStateHashOfTheWrongShape() {
        byte[] body = {};
        String hash = "a".repeat(64);
        assertThatThrownBy(() -> new Snapshot(1, 1, 1, new byte[31], hash, body))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Snapshot(1, 1, 1, new byte[32], "A".repeat(64), body))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Snapshot(1, 1, 1, new byte[32], hash.substring(1), body))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Snapshot(1, 1, 1, new byte[32], hash, new byte[] {1}))
                .isEqualTo(new Snapshot(1, 1, 1, new byte[32], hash, new byte[] {1}))
                .hasSameHashCodeAs(new Snapshot(1, 1, 1, new byte[32], hash, new byte[] {1}));
    }

    /** A snapshot with made-up fields; the store does not look inside the body. */
    private static Snapshot snapshot(long sequence, String body) {
        byte[] chain = new byte[Snapshot.CHAIN_HASH_BYTES];
        chain[0] = (byte) sequence;
        String stateHash = String.format("%064x", sequence);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Snapshot(sequence, 1_000 + sequence, sequence * 2, chain, stateHash, bytes);
    }
}
