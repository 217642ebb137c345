package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.stream.StreamClient;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

class StreamApiTest {

    @TempDir
    Path dir;
    ConsoleHarness h;
    String token;

    @BeforeEach
    void start() {
        h = new ConsoleHarness(dir);
        token = h.api.login("dispatcher");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aSnapshotThenLiveEventsInOrder() {
        long at = h.lastSequence();
        StreamProbe probe = StreamProbe.connect(h.server.port(), token, "", false);
        probe.reached(at).join();

        long id = h.api.post("/api/v1/incidents", token, "{\"type\":\"THEFT\",\"location\":"
                + IncidentApiTest.AT_CENTRE + "}").body().path("id").asLong();
        probe.reached(at + 1).join();

        JsonNode snapshot = probe.messages.get(0);
        assertThat(snapshot.path("type").asText()).isEqualTo("snapshot");
        assertThat(snapshot.path("sequence").asLong()).isEqualTo(at);
        assertThat(snapshot.path("units").size()).isEqualTo(4);
        assertThat(snapshot.path("calls").size()).isEqualTo(3);
        JsonNode event = probe.messages.get(1);
        assertThat(event.path("sequence").asLong()).isEqualTo(at + 1);
        assertThat(event.path("actor").asText()).isEqualTo("user:dispatcher");
        assertThat(event.path("command").path("@type").asText()).isEqualTo("OpenIncident");
        assertThat(event.path("events").get(0).path("@type").asText()).isEqualTo("IncidentOpened");
        assertThat(event.path("events").get(0).path("incidentId").asLong()).isEqualTo(id);
    }

    @Test
    void aClientThatReconnectsWithFromMissesNothing() {
        long at = h.lastSequence();
        StreamProbe first = StreamProbe.connect(h.server.port(), token, "", false);
        first.reached(at).join();
        move(3);
        first.reached(at + 3).join();
        first.socket.abort();
        move(5);

        StreamProbe again = StreamProbe.connect(h.server.port(), token, "?from=" + (at + 4), false);
        long last = move(2);
        again.reached(last).join();

        assertThat(first.eventSequences()).containsExactly(at + 1, at + 2, at + 3);
        assertThat(again.eventSequences()).containsExactlyElementsOf(range(at + 4, last));
        assertThat(again.messages.get(0).path("command").path("@type").asText()).isEqualTo("ReportUnitPosition");
    }

    @Test
    void aResumeAfterASnapshotStartsThereAndGivesWhatLiveClientsGot() {
        long at = h.lastSequence();
        StreamProbe live = StreamProbe.connect(h.server.port(), token, "", false);
        live.reached(at).join();
        long last = move(13);
        live.reached(last).join();
        long from = last - 2;
        long snapshot = h.awaitSnapshotBefore(from);
        assertThat(snapshot).as("a snapshot taken during this test").isGreaterThan(at);

        StreamProbe resumed = StreamProbe.connect(h.server.port(), token, "?from=" + from, false);
        resumed.reached(last).join();

        assertThat(resumed.messages).containsExactlyElementsOf(live.messages.stream()
                .filter(m -> m.path("type").asText().equals("event") && m.path("sequence").asLong() >= from)
                .toList());
    }

    @Test
    void aSlowClientIsCutLooseAndResumesWhileOthersGetEverything() throws Exception {
        long at = h.lastSequence();
        StreamProbe fast = StreamProbe.connect(h.server.port(), token, "", false);
        fast.reached(at).join();
        try (RawStreamClient slow = new RawStreamClient(h.server.port(), token)) {
            slowClientIsCutLoose(at, fast, slow);
        }
    }

    private void slowClientIsCutLoose(long at, StreamProbe fast, RawStreamClient slow) throws Exception {
        long last = at;
        for (int batch = 0; batch < 100 && !cut(); batch++) {
            last = move(1_000);
            fast.reached(last).join();
        }
        assertThat(cut()).as("the slow client was cut loose").isTrue();

        RawStreamClient.Read read = slow.readToClose();
        assertThat(read.closeCode()).isEqualTo(StreamClient.CLOSE_TOO_SLOW);
        assertThat(read.closeReason()).startsWith("resume from=");
        long resume = Long.parseLong(read.closeReason().substring("resume from=".length()));
        JsonNode snapshot = read.messages().get(0);
        assertThat(snapshot.path("type").asText()).isEqualTo("snapshot");
        assertThat(read.messages().stream().skip(1).map(m -> m.path("sequence").asLong()).toList())
                .containsExactlyElementsOf(range(snapshot.path("sequence").asLong() + 1, resume - 1));

        StreamProbe resumed = StreamProbe.connect(h.server.port(), token, "?from=" + resume, false);
        long more = move(10);
        resumed.reached(more).join();
        assertThat(resumed.eventSequences()).containsExactlyElementsOf(range(resume, more));
        fast.reached(more).join();
        assertThat(fast.eventSequences()).containsExactlyElementsOf(range(at + 1, more));
    }

    @Test
    void aPlainGetIs426AndAStreamNeedsAToken() {
        assertThat(h.api.get("/api/v1/stream", token).status()).isEqualTo(426);
        assertThatThrownBy(() -> StreamProbe.connect(h.server.port(), "bad", "", false))
                .hasStackTraceContaining("status code 401");
        assertThatThrownBy(() -> StreamProbe.connect(h.server.port(), token, "?from=0", false))
                .hasStackTraceContaining("status code 400");
    }

    @Test
    void aResumeBeyondTheJournalsEndIsClosed() throws Exception {
        long beyond = h.lastSequence() + 2;
        StreamProbe probe = StreamProbe.connect(h.server.port(), token, "?from=" + beyond, false);

        StreamProbe.Closed closed = probe.closed.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(closed.code()).isEqualTo(1008);
        assertThat(probe.messages).isEmpty();
    }

    @Test
    void aResumeAtTheEndGetsOnlyLiveEvents() {
        long next = h.lastSequence() + 1;
        StreamProbe probe = StreamProbe.connect(h.server.port(), token, "?from=" + next, false);
        long last = move(3);
        probe.reached(last).join();
        assertThat(probe.eventSequences()).containsExactlyElementsOf(range(next, last));
    }

    /** Whether the server has dropped one of the two clients (read from its metrics). */
    private boolean cut() {
        return h.api.get("/metrics", null).text().contains("sanhe_websocket_clients 1.0");
    }

    /** Submits position reports for P-1 and returns the last one's sequence. */
    private long move(int count) {
        CompletableFuture<Outcome> last = null;
        for (int i = 0; i < count; i++) {
            last = h.runtime.submit(ConsoleHarness.PBX,
                    new ReportUnitPosition("P-1", new GeoPoint(34.2 + (i % 1000) * 1e-5, 108.9)));
        }
        return last.join().sequence();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
