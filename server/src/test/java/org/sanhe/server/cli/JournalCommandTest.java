package org.sanhe.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.Runs;
import org.sanhe.dispatch.runtime.RuntimeOptions;
import org.sanhe.dispatch.stubs.ManualClock;
import picocli.CommandLine;

/** The journal tools, run in-process on a journal written by the real runtime. */
class JournalCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Runs.Run run;

    @BeforeEach
    void writeJournal() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(),
                clock)) {
            run = Runs.drive(runtime, clock, 11, 3_000);
        }
    }

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return MAPPER.readTree(out);
        }
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = DispatchServerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void verifyReportsAnIntactChain() throws Exception {
        Result r = cli("journal", "verify", "--dir", dir.toString());
        assertThat(r.exit()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("entries").asLong()).isEqualTo(run.commands().size());
        assertThat(json.get("lastSequence").asLong()).isEqualTo(run.commands().size());
        assertThat(json.get("chainOk").asBoolean()).isTrue();
        assertThat(json.get("firstBadSequence").isNull()).isTrue();
    }

    @Test
    void verifyFailsWithTheFirstBadSequenceOnATamperedJournal() throws Exception {
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        long offset;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] all = new byte[(int) Math.min(raf.length(), 4 << 20)];
            raf.readFully(all);
            offset = indexOf(all, "ch-call-50".getBytes());
            raf.seek(offset);
            raf.write('X');
        }
        assertThat(offset).isPositive();
        Result r = cli("journal", "verify", "--dir", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("chainOk").asBoolean()).isFalse();
        long bad = r.json().get("firstBadSequence").asLong();
        assertThat(run.commands().get((int) bad - 1).command().toString()).contains("ch-call-50");
    }

    @Test
    void replayPrintsTheSameStateHashTheLiveCoreHad() throws Exception {
        Result r = cli("journal", "replay", "--dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("stateHash").asText()).isEqualTo(run.stateHash());
        assertThat(r.json().get("lastSequence").asLong()).isEqualTo(run.commands().size());
    }

    @Test
    void replayUntilASequenceOrAnInstantStopsThere() throws Exception {
        Result bySequence = cli("journal", "replay", "--dir", dir.toString(), "--until", "1000");
        assertThat(bySequence.json().get("lastSequence").asLong()).isEqualTo(1000);
        long at = run.commands().get(999).timestamp();
        Result byTime = cli("journal", "replay", "--dir", dir.toString(), "--until",
                Instant.ofEpochMilli(at).toString());
        long last = byTime.json().get("lastSequence").asLong();
        assertThat(run.commands().get((int) last - 1).timestamp()).isLessThanOrEqualTo(at);
        if (last < run.commands().size()) {
            assertThat(run.commands().get((int) last).timestamp()).isGreaterThan(at);
        }
        Result bad = cli("journal", "replay", "--dir", dir.toString(), "--until", "yesterday");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("ISO-8601");
    }

    @Test
    void timelineListsWhatTouchedTheIncident() throws Exception {
        Result r = cli("journal", "timeline", "--dir", dir.toString(), "--incident", "1");
        assertThat(r.exit()).isZero();
        JsonNode timeline = r.json();
        assertThat(timeline.size()).isPositive();
        assertThat(timeline.get(0).get("events").get(0).get("@type").asText()).isEqualTo("IncidentOpened");
        assertThat(timeline.get(0).get("command").get("@type").asText()).isIn("OpenIncident", "ImportIncident");
        assertThat(timeline.get(0).get("actor").asText()).startsWith("user:");
        for (JsonNode step : timeline) {
            assertThat(step.get("time").asText()).endsWith("Z");
        }
    }

    @Test
    void exportWritesOneJsonObjectPerEntry() throws Exception {
        Result r = cli("journal", "export", "--dir", dir.toString(), "--format", "jsonl");
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(run.commands().size());
        JsonNode first = MAPPER.readTree(lines[0]);
        assertThat(first.get("sequence").asLong()).isEqualTo(1);
        assertThat(first.get("command").get("@type").asText()).isEqualTo("DefineRules");
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        Result r = cli("journal", "verify", "--dir", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no journal directory");
    }

    private static long indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
