package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A storm of consoles opening the stream at once, half of them gone at once, while the core's thread is busy. A
 * snapshot once read the whole centre on the core thread, and twenty clients queued twenty of them in front of every
 * command; then the clients that waited together shared one. Now snapshots come from the console's read model and
 * never wait for the core's thread: every live client has its snapshot while the core is still blocked, the
 * snapshots cost the core nothing, and each client then gets exactly the commands after its snapshot.
 */
class SnapshotStormTest {

    private static final Pattern SNAPSHOTS = Pattern.compile("sanhe_stream_snapshots_total (\\d+)");

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
    void clientsThatConnectTogetherGetSnapshotsWithoutTheCoresThread() throws Exception {
        long at = h.lastSequence();
        long before = snapshots();
        CountDownLatch release = new CountDownLatch(1);
        var blocked = h.runtime.read(centre -> {
            try {
                return release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        for (int i = 0; i < 10; i++) {
            new RawStreamClient(h.server.port(), token).close();
        }
        List<StreamProbe> live = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            live.add(StreamProbe.connect(h.server.port(), token, "", false));
        }
        for (StreamProbe probe : live) {
            probe.reached(at).get(30, TimeUnit.SECONDS);
        }
        assertThat(blocked).as("every snapshot arrived while the core's thread was blocked").isNotDone();
        release.countDown();
        assertThat(blocked.get(60, TimeUnit.SECONDS)).isTrue();

        long more = h.runtime.submit(ConsoleHarness.PBX, new org.sanhe.dispatch.domain.command.OfferCall("storm", "110",
                null, "ch-storm", null)).get(30, TimeUnit.SECONDS).sequence();
        live.get(0).reached(more).get(30, TimeUnit.SECONDS);
        long shared = live.get(0).messages.get(0).path("sequence").asLong();
        assertThat(shared).isBetween(at, more);
        for (StreamProbe probe : live) {
            probe.reached(more).get(30, TimeUnit.SECONDS);
            assertThat(probe.messages.get(0).path("type").asText()).isEqualTo("snapshot");
            assertThat(probe.messages.get(0).path("sequence").asLong()).as("one snapshot for all").isEqualTo(shared);
            assertThat(probe.eventSequences()).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(shared + 1, more).boxed().toList());
        }
        assertThat(snapshots() - before).as("snapshots for 20 clients, 10 of them gone").isBetween(1L, 20L);
    }

    private long snapshots() {
        Matcher m = SNAPSHOTS.matcher(h.api.get("/metrics", null).text());
        return m.find() ? Long.parseLong(m.group(1).replace(".0", "")) : 0;
    }
}
