package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fuzz campaign's requests that the core can take: the write routes' bodies with ids that exist (the demo's
 * units, the calls the PBX simulator offered, the incidents the campaign opened) and audit questions about the recent
 * journal, one in four with one thing wrong (a field missing, null, of the wrong type or naming nothing that exists,
 * or a token without the permission), so that they are accepted (200, 201) or refused by the rules (409) or at the
 * edge (400, 403, 404).
 *
 * <p>Shared by the campaign's client threads: {@link #next} and {@link #answered} may run on any of them; the calls
 * are refreshed by {@link #refresh}, which a client calls now and then.
 */
final class WellFormedRequests {

    /** At most this many incidents are opened well-formed: the centre keeps every incident, and the heap is checked. */
    static final long MAX_OPENED = 3_000;
    /** Audit questions look this far back, in commands and in time: within the server's newest snapshots. */
    static final int RECENT_COMMANDS = 5_000;
    static final long RECENT_MILLIS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STATUSES = {"en-route", "on-scene", "available", "out-of-service", "returning"};
    private static final String[] DISPOSITIONS = {"resolved", "false-alarm", "duplicate", "referred", "cancelled"};
    private static final int SUPERVISOR = 0;
    private static final int CALL_TAKER = 1;
    private static final int AUDITOR = 2;

    /** One request: the token is an index into the campaign's tokens (supervisor, call-taker, auditor). */
    record Spec(String method, String path, String body, int token) {

        HttpRequest request(int port, List<String> tokens) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + tokens.get(token))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            return body == null ? builder.build() : builder.header("Content-Type", "application/json").build();
        }
    }

    private final List<String> units;
    private final List<String> types;
    private volatile List<String> calls = List.of();
    private final AtomicLong lastIncident = new AtomicLong();
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong lastSequence = new AtomicLong();

    private WellFormedRequests(List<String> units, List<String> types) {
        this.units = units;
        this.types = types;
    }

    /** The units and incident types the server has, read through its API. */
    static WellFormedRequests read(ConsoleClient api, String token) throws IOException, InterruptedException {
        WellFormedRequests requests = new WellFormedRequests(field(api.get("/api/v1/units", token).body(), "id"),
                field(api.get("/api/v1/incident-types", token).body(), "code"));
        if (requests.units.isEmpty() || requests.types.isEmpty()) {
            throw new IOException("the server has no units or no incident types: run it with the demo");
        }
        requests.refresh(api, token);
        return requests;
    }

    /** Reads the active calls and the core's last sequence again. */
    void refresh(ConsoleClient api, String token) throws IOException, InterruptedException {
        calls = field(api.get("/api/v1/calls?state=active", token).body(), "id");
        lastSequence.accumulateAndGet(api.get("/health", null).body().path("core").path("lastSequence").asLong(),
                Math::max);
    }

    /** How many incidents the well-formed requests opened. */
    long opened() {
        return opened.get();
    }

    Spec next(SplittableRandom r) {
        Spec spec = switch (r.nextInt(10)) {
            case 0 -> opened.get() < MAX_OPENED ? open(r) : update(r);
            case 1 -> new Spec("POST", "/api/v1/incidents/" + incident(r) + "/calls", body("callId", call(r)),
                    SUPERVISOR);
            case 2, 3 -> new Spec("POST", "/api/v1/incidents/" + incident(r) + "/assignments",
                    body("unitId", pick(r, units)), SUPERVISOR);
            case 4 -> new Spec("POST", "/api/v1/units/" + pick(r, units) + "/status",
                    body("status", pick(r, STATUSES)), SUPERVISOR);
            case 5 -> new Spec("POST", "/api/v1/units/" + pick(r, units) + "/position", JSON.createObjectNode()
                    .put("lat", 34.20 + r.nextDouble() * 0.12).put("lon", 108.86 + r.nextDouble() * 0.14)
                    .toString(), SUPERVISOR);
            case 6 -> update(r);
            case 7 -> new Spec("POST", "/api/v1/incidents/" + incident(r) + "/close",
                    body("disposition", pick(r, DISPOSITIONS)), SUPERVISOR);
            case 8 -> read(r);
            default -> audit(r);
        };
        return r.nextInt(4) == 0 ? mutated(r, spec) : spec;
    }

    /** Learns the ids and sequences from an answer to a request from {@link #next}. */
    void answered(Spec spec, int status, String body) {
        if (status != 200 && status != 201 || body == null || body.isEmpty()) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (spec.method().equals("POST") && spec.path().equals("/api/v1/incidents")) {
                opened.incrementAndGet();
                lastIncident.accumulateAndGet(node.path("id").asLong(), Math::max);
            }
            lastSequence.accumulateAndGet(node.path("sequence").asLong(), Math::max);
        } catch (IOException e) {
            // not JSON: nothing to learn
        }
    }

    private Spec open(SplittableRandom r) {
        ObjectNode body = JSON.createObjectNode().put("type", pick(r, types));
        body.putObject("location").put("lat", 34.20 + r.nextDouble() * 0.12)
                .put("lon", 108.86 + r.nextDouble() * 0.14);
        body.put("address", "fuzz " + r.nextInt(100_000));
        if (r.nextBoolean()) {
            body.put("priority", r.nextInt(1, 6));
        }
        if (r.nextBoolean() && !calls.isEmpty()) {
            body.put("callId", call(r));
        }
        return new Spec("POST", "/api/v1/incidents", body.toString(), r.nextBoolean() ? SUPERVISOR : CALL_TAKER);
    }

    private Spec update(SplittableRandom r) {
        ObjectNode body = JSON.createObjectNode();
        switch (r.nextInt(3)) {
            case 0 -> body.put("priority", r.nextInt(1, 6));
            case 1 -> body.put("type", pick(r, types));
            default -> body.put("address", "fuzz " + r.nextInt(100_000));
        }
        return new Spec("PATCH", "/api/v1/incidents/" + incident(r), body.toString(), SUPERVISOR);
    }

    private Spec read(SplittableRandom r) {
        String path = switch (r.nextInt(3)) {
            case 0 -> "/api/v1/incidents/" + incident(r);
            case 1 -> "/api/v1/incidents/" + incident(r) + "/recommendations";
            default -> "/api/v1/calls/" + call(r) + "/duplicates";
        };
        return new Spec("GET", path, null, SUPERVISOR);
    }

    /** The state at a recent sequence or instant, KPIs of the last seconds, the timeline of a recent incident. */
    private Spec audit(SplittableRandom r) {
        long now = System.currentTimeMillis();
        String path = switch (r.nextInt(4)) {
            case 0 -> "/api/v1/audit/state?at=" + Math.max(0, lastSequence.get() - r.nextInt(RECENT_COMMANDS));
            case 1 -> "/api/v1/audit/state?at=" + Instant.ofEpochMilli(now - r.nextLong(RECENT_MILLIS));
            case 2 -> "/api/v1/audit/kpis?from=" + Instant.ofEpochMilli(now - RECENT_MILLIS) + "&to="
                    + Instant.ofEpochMilli(now);
            default -> "/api/v1/audit/incidents/" + recentIncident(r) + "/timeline";
        };
        return new Spec("GET", path, null, AUDITOR);
    }

    /** The request with one thing wrong. */
    private Spec mutated(SplittableRandom r, Spec spec) {
        int kind = r.nextInt(4);
        if (kind == 0 || spec.body() == null) {
            return new Spec(spec.method(), spec.path(), spec.body(), (spec.token() + 1 + r.nextInt(2)) % 3);
        }
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(spec.body());
            String field = body.fieldNames().next();
            switch (kind) {
                case 1 -> body.remove(field);
                case 2 -> body.putNull(field);
                default -> body.put(field, r.nextBoolean() ? "P-9999" : "999999");
            }
            return new Spec(spec.method(), spec.path(), body.toString(), spec.token());
        } catch (IOException e) {
            throw new IllegalStateException("a well-formed body is JSON", e);
        }
    }

    /** One of the newest incidents half the time (they are open), else any: closing old ones frees their units. */
    private long incident(SplittableRandom r) {
        long last = lastIncident.get();
        return r.nextBoolean() || last < 2 ? Math.max(1, last - r.nextInt(100)) : 1 + r.nextLong(last);
    }

    /**
     * For a timeline, whose cost is the journal since the incident's opening: one of the newest while incidents are
     * being opened, else one not opened (yet), which the server answers from its newest snapshot.
     */
    private long recentIncident(SplittableRandom r) {
        long last = lastIncident.get();
        return opened.get() < MAX_OPENED ? Math.max(1, last - r.nextInt(20)) : last + 1 + r.nextInt(20);
    }

    private String call(SplittableRandom r) {
        List<String> known = calls;
        return known.isEmpty() ? "no-call" : pick(r, known);
    }

    private static String body(String field, String value) {
        return JSON.createObjectNode().put(field, value).toString();
    }

    private static String pick(SplittableRandom r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> items = array.elements(); items.hasNext(); ) {
            String value = items.next().path(name).asText(null);
            if (value != null) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }
}
