package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.audit.AuditReader;

/**
 * The audit routes read the journal from the newest snapshot that gives the answer a read from its first entry
 * gives: {@code /audit/state} at every sequence and around every command's time, {@code /audit/kpis} over periods
 * starting at every command's time, and every incident's timeline are asked with the harness's snapshots (one every
 * 4 commands, the newest 3 kept), then again with the snapshot files moved away (the routes then read from the first
 * entry, as when snapshots are disabled), and the two answers must be equal.
 */
class AuditSnapshotApiTest {

    @TempDir
    Path dir;
    ConsoleHarness h;
    String auditor;
    String supervisor;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        auditor = h.api.login("auditor");
        supervisor = h.api.login("supervisor");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void stateKpisAndTimelinesFromSnapshotsEqualThoseFromTheJournalsStart() throws IOException {
        history();
        long last = h.lastSequence();
        assertThat(h.awaitSnapshotBefore(last + 1)).isGreaterThan(last - ConsoleHarness.SNAPSHOT_EVERY);

        Map<String, JsonNode> fromSnapshots = ask(questions(last));
        moveSnapshotsAway();
        Map<String, JsonNode> fromStart = ask(questions(last));

        long started = fromSnapshots.values().stream().filter(n -> n.path("fromSnapshot").isNumber()).count();
        assertThat(started).as("answers that started from a snapshot").isGreaterThanOrEqualTo(20);
        assertThat(fromStart.values()).allMatch(n -> !n.has("fromSnapshot") || n.path("fromSnapshot").isNull());
        fromSnapshots.forEach((question, answer) -> assertThat(withoutStart(answer)).as(question)
                .isEqualTo(withoutStart(fromStart.get(question))));
        JsonNode atEnd = fromSnapshots.get("/api/v1/audit/state?at=" + last);
        assertThat(atEnd.path("fromSnapshot").asLong()).isGreaterThan(last - ConsoleHarness.SNAPSHOT_EVERY);
        assertThat(atEnd.path("chainVerifiedFrom").asLong()).isEqualTo(atEnd.path("fromSnapshot").asLong() + 1);
        assertThat(atEnd.path("chainOk").asBoolean()).isTrue();
        assertThat(atEnd.path("stateHash").asText()).isEqualTo(h.runtime.read(c -> c.stateHash()).join());
        assertThat(fromStart.get("/api/v1/audit/state?at=" + last).path("chainVerifiedFrom").asLong()).isEqualTo(1);
    }

    /** Seven rounds of a call answered, an incident opened for it, units sent, moving and freed; time moves on. */
    private void history() {
        String[] types = {"THEFT", "TRAFFIC_COLLISION", "BUILDING_FIRE", "ROBBERY"};
        String[] units = {"P-1", "T-1", "F-1", "P-2"};
        for (int round = 0; round < 7; round++) {
            String call = "C-r" + round;
            h.clock.advance(round % 3 == 0 ? 0 : 1_500);
            h.submit(ConsoleHarness.PBX, new OfferCall(call, "110", "1390000000" + round, "ch-r" + round, null));
            h.clock.advance(4_000);
            h.submit(ConsoleHarness.PBX, new AnswerCall(call, "call-taker", "PJSIP/1001"));
            h.clock.advance(2_000);
            long id = h.api.post("/api/v1/incidents", supervisor, "{\"type\":\"" + types[round % 4]
                    + "\",\"callId\":\"" + call + "\",\"location\":" + IncidentApiTest.AT_CENTRE + "}")
                    .body().path("id").asLong();
            h.clock.advance(round * 700L);
            String unit = units[round % 4];
            h.api.post("/api/v1/incidents/" + id + "/assignments", supervisor, "{\"unitId\":\"" + unit + "\"}");
            h.api.post("/api/v1/units/" + unit + "/status", supervisor, "{\"status\":\"en-route\"}");
            if (round > 0) {
                h.clock.advance(3_000);
                h.api.post("/api/v1/incidents/" + (id - 1) + "/close", supervisor, "{\"disposition\":\"resolved\"}");
            }
        }
    }

    /** Every question asked: its path. */
    private List<String> questions(long last) {
        TreeSet<Long> stamps = new TreeSet<>();
        try (AuditReader reader = AuditReader.open(h.journal)) {
            reader.entries(0, Long.MAX_VALUE, e -> stamps.add(e.timestamp()));
        }
        List<String> paths = new ArrayList<>();
        for (long sequence = 0; sequence <= last + 1; sequence++) {
            paths.add("/api/v1/audit/state?at=" + sequence);
        }
        long end = stamps.last() + 60_000;
        for (long stamp : stamps) {
            paths.add("/api/v1/audit/state?at=" + Instant.ofEpochMilli(stamp - 1));
            paths.add("/api/v1/audit/state?at=" + Instant.ofEpochMilli(stamp));
            paths.add("/api/v1/audit/kpis?from=" + Instant.ofEpochMilli(stamp) + "&to=" + Instant.ofEpochMilli(end));
            paths.add("/api/v1/audit/kpis?from=" + Instant.ofEpochMilli(stamp) + "&to="
                    + Instant.ofEpochMilli(stamp + 5_000));
        }
        long incidents = h.runtime.read(c -> c.incidents().lastId()).join();
        assertThat(incidents).isEqualTo(7);
        for (long id = 1; id <= incidents + 1; id++) {
            paths.add("/api/v1/audit/incidents/" + id + "/timeline");
        }
        return paths;
    }

    private Map<String, JsonNode> ask(List<String> paths) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : paths) {
            ApiClient.Reply reply = h.api.get(path, auditor);
            boolean unknown = path.endsWith("/8/timeline");
            assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(unknown ? 404 : 200);
            answers.put(path, reply.body());
        }
        return answers;
    }

    private void moveSnapshotsAway() throws IOException {
        Path aside = Files.createDirectories(dir.resolve("snapshots-aside"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("snapshots"))) {
            for (Path file : files) {
                try {
                    Files.move(file, aside.resolve(file.getFileName()));
                } catch (NoSuchFileException e) {
                    // the keeper's retention removed it meanwhile
                }
            }
        }
    }

    private static JsonNode withoutStart(JsonNode answer) {
        if (answer instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove(List.of("fromSnapshot", "chainVerifiedFrom"));
            return copy;
        }
        return answer;
    }
}
