package org.sanhe.dispatch.runtime.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.stubs.ManualClock;

/** Any single flipped byte of any entry is caught by verification, at that entry. */
class TamperTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());
    private static final int ENTRIES = 300;

    @TempDir
    Path dir;

    private Path file;
    private final List<long[]> spans = new ArrayList<>();

    @BeforeEach
    void writeJournal() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        Centre shadow = new Centre();
        CommandGenerator generator = new CommandGenerator(SEED, Scenario.T0, 0.1);
        List<StampedCommand> commands = new ArrayList<>(generator.setUp(10));
        commands.forEach(c -> shadow.apply(c, e -> { }));
        while (commands.size() < ENTRIES) {
            StampedCommand c = generator.next(shadow);
            shadow.apply(c, e -> { });
            commands.add(c);
        }
        try (Journal journal = Journal.open(dir, Durability.MAPPED, clock, JournalPosition.empty())) {
            for (StampedCommand c : commands) {
                journal.append(c.sequence(), c.timestamp(), c.actor(), c.command());
            }
        }
        try (Stream<Path> list = Files.list(dir)) {
            file = list.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(dir.toFile()).build();
             ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        break;
                    }
                    Bytes<?> bytes = dc.wire().bytes();
                    spans.add(new long[] {bytes.readPosition(), bytes.readLimit()});
                }
            }
        }
        assertThat(spans).hasSize(ENTRIES);
    }

    @Test
    void theUntouchedJournalVerifies() {
        try (JournalReader reader = JournalReader.open(dir)) {
            JournalReader.Scan scan = reader.scan(entry -> { });
            assertThat(scan.chainOk()).isTrue();
            assertThat(scan.entries()).isEqualTo(ENTRIES);
            assertThat(scan.last().sequence()).isEqualTo(ENTRIES);
        }
    }

    @Test
    void everyFlippedByteIsReportedAtItsOwnEntry() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int trial = 0; trial < 150; trial++) {
            int entry = trial < 3 ? new int[] {0, ENTRIES / 2, ENTRIES - 1}[trial] : random.nextInt(ENTRIES);
            long[] span = spans.get(entry);
            long offset = span[0] + random.nextLong(span[1] - span[0]);
            int mask = 1 << random.nextInt(8);
            flip(offset, mask);
            try (JournalReader reader = JournalReader.open(dir)) {
                JournalReader.Scan scan = reader.scan(e -> { });
                assertThat(scan.chainOk()).as("seed %d, entry %d, offset %d", SEED, entry + 1, offset).isFalse();
                assertThat(scan.firstBadSequence()).as("seed %d, offset %d", SEED, offset).isEqualTo(entry + 1);
                assertThat(scan.entries()).isEqualTo(entry);
            } finally {
                flip(offset, mask);
            }
        }
    }

    private void flip(long offset, int mask) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ mask);
        }
    }
}
