package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.OfferCall;

/**
 * Reads come from the console's read model, not from the core: several writers at once, each through the real HTTP
 * API, read their own write in the reply and in the very next GET (one incident, the list), while a PBX-like writer
 * submits straight to the core and finds each acknowledged call in the next listing.
 */
class ReadYourWritesTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 12;

    @Test
    void everyWriterReadsItsOwnWriteAtOnce(@TempDir Path dir) throws Exception {
        try (ConsoleHarness h = new ConsoleHarness(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    String token = h.api.login("supervisor");
                    done.add(pool.submit(() -> incidents(h.api, token, writer)));
                }
                String reader = h.api.login("dispatcher");
                done.add(pool.submit(pbx(h, reader)));
                for (Future<Integer> f : done) {
                    assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(ROUNDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Opens, changes and closes one incident per round, reading each change back at once. */
    private static int incidents(ApiClient api, String token, int writer) {
        int rounds = 0;
        for (int r = 0; r < ROUNDS; r++) {
            String address = "writer " + writer + " round " + r;
            ApiClient.Reply opened = api.post("/api/v1/incidents", token, "{\"type\":\"THEFT\",\"location\":"
                    + IncidentApiTest.AT_CENTRE + ",\"address\":\"" + address + "\"}");
            assertThat(opened.status()).as(opened.text()).isEqualTo(201);
            assertThat(opened.body().path("address").asText()).isEqualTo(address);
            long id = opened.body().path("id").asLong();
            String path = "/api/v1/incidents/" + id;
            assertThat(api.get(path, token).body().path("address").asText()).isEqualTo(address);
            assertThat(ids(api.get("/api/v1/incidents", token).body())).contains(id);

            int priority = 1 + (writer + r) % 4;
            ApiClient.Reply changed = api.patch(path, token, "{\"priority\":" + priority + ",\"note\":\"n" + r + "\"}");
            assertThat(changed.status()).as(changed.text()).isEqualTo(200);
            assertThat(changed.body().path("priority").asInt()).isEqualTo(priority);
            JsonNode read = api.get(path, token).body();
            assertThat(read.path("priority").asInt()).isEqualTo(priority);
            assertThat(read.path("notes").get(read.path("notes").size() - 1).path("text").asText()).isEqualTo("n" + r);

            ApiClient.Reply closed = api.post(path + "/close", token, "{\"disposition\":\"resolved\"}");
            assertThat(closed.body().path("status").asText()).as(closed.text()).isEqualTo("closed");
            assertThat(api.get(path, token).body().path("status").asText()).isEqualTo("closed");
            assertThat(ids(api.get("/api/v1/incidents", token).body())).doesNotContain(id);
            assertThat(ids(api.get("/api/v1/incidents?status=all", token).body())).contains(id);
            rounds++;
        }
        return rounds;
    }

    /** Calls offered straight to the core: once acknowledged, the next listing has them. */
    private static Callable<Integer> pbx(ConsoleHarness h, String token) {
        return () -> {
            int rounds = 0;
            for (int r = 0; r < ROUNDS; r++) {
                String id = "RYW-" + r;
                h.runtime.submit(ConsoleHarness.PBX, new OfferCall(id, "110", "1390000" + r, "ch-ryw-" + r, null))
                        .join();
                List<String> calls = new ArrayList<>();
                h.api.get("/api/v1/calls", token).body().forEach(c -> calls.add(c.path("id").asText()));
                assertThat(calls).contains(id);
                rounds++;
            }
            return rounds;
        };
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }
}
