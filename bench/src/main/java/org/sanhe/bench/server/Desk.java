package org.sanhe.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sanhe.bench.console.ConsoleClient;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.telephony.simulator.PointSupplier;

/**
 * The call-takers and dispatchers, working through the HTTP API as the web console does. They watch one console's
 * stream: when a call is answered (the PBX's call-taker picked up), its call-taker either finds it invalid (silent,
 * prank: nothing to open), links it to an incident of the same line opened in the last seconds (a duplicate), or
 * opens an incident at the caller's location (or a point in the districts when the caller sent none) with a type of
 * the call's line; a dispatcher then asks for the recommendation and assigns every unit it picked (one per need of
 * the response plan, so fires and injury collisions get several agencies), sets them en route a little later and
 * closes the incident after that, which frees the units.
 *
 * <p>Every request's round trip (sent to response read) is recorded per kind in microseconds. Requests run on a
 * pool of {@code workers} threads with blocking HTTP/1.1 clients; the stream is parsed on one thread of its own.
 */
final class Desk implements AutoCloseable {

    /** Shares of answered calls, after operations.md (Guangzhou 110: ~30% invalid; duplicates are common). */
    record Mix(double invalid, double duplicate, long enRouteAfterMillis, long closeAfterMillis) {
        static Mix realistic() {
            return new Mix(0.30, 0.15, 1_000, 2_000);
        }
    }

    private static final Map<String, List<String>> TYPES = Map.of(
            "110", List.of("ROBBERY", "ASSAULT", "THEFT", "DISTURBANCE", "COLLISION_INJURY"),
            "122", List.of("COLLISION", "COLLISION", "COLLISION_INJURY", "ROAD_BLOCKED", "VEHICLE_FIRE"),
            "119", List.of("BUILDING_FIRE", "VEHICLE_FIRE", "RESCUE", "BUILDING_FIRE"));
    static final List<String> KINDS = List.of("open", "link", "recommend", "assign", "en-route", "close");

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String calltaker;
    private final String dispatcher;
    private final PointSupplier area;
    private final Mix mix;
    private final SplittableRandom random;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> daemon(r, "desk-stream"));
    private final ScheduledThreadPoolExecutor workers;
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>();
    private final Map<String, Histogram> latency = new LinkedHashMap<>();
    private final Map<String, AtomicLong> failures = new LinkedHashMap<>();
    private final Map<String, AtomicLong> refusals = new LinkedHashMap<>();
    private final List<String> firstFailures = new ArrayList<>();
    private final Map<String, Long> streamCommands = new java.util.TreeMap<>();
    private final AtomicLong invalid = new AtomicLong();
    private volatile long recordFrom = Long.MAX_VALUE;

    private record Caller(String line, GeoPoint location) {
    }

    Desk(String base, String calltakerToken, String dispatcherToken, PointSupplier area, Mix mix, long seed,
            int workers) {
        this.base = base;
        this.calltaker = calltakerToken;
        this.dispatcher = dispatcherToken;
        this.area = area;
        this.mix = mix;
        this.random = new SplittableRandom(seed);
        this.workers = new ScheduledThreadPoolExecutor(workers, r -> daemon(r, "desk-worker"));
        for (String kind : KINDS) {
            latency.put(kind, new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3));
            failures.put(kind, new AtomicLong());
            refusals.put(kind, new AtomicLong());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Requests sent before {@code nanoTime} are not recorded (warm-up). */
    void recordFrom(long nanoTime) {
        recordFrom = nanoTime;
    }

    /** Wraps a console's listener: the console counts as before, and the desk reads the same frames. */
    ConsoleClient.Listener watching(ConsoleClient.Listener console) {
        return new ConsoleClient.Listener() {
            @Override
            public void frame(ByteBuf content, long nanoTime) {
                console.frame(content, nanoTime);
                byte[] bytes = new byte[content.readableBytes()];
                content.getBytes(content.readerIndex(), bytes);
                reader.execute(() -> read(bytes));
            }

            @Override
            public void cut(int statusCode) {
                console.cut(statusCode);
            }
        };
    }

    private void read(byte[] frame) {
        try {
            JsonNode node = mapper.readTree(frame);
            JsonNode command = node.path("command");
            String type = command.path("@type").asText();
            if ("event".equals(node.path("type").asText())) {
                streamCommands.merge(type, 1L, Long::sum);
            }
            if (type.equals("OfferCall")) {
                JsonNode at = command.path("location").path("point");
                GeoPoint location = at.isObject() ? new GeoPoint(at.path("lat").asDouble(), at.path("lon").asDouble())
                        : null;
                callers.put(command.path("callId").asText(), new Caller(command.path("line").asText(), location));
            } else if (type.equals("AnswerCall")) {
                answered(command.path("callId").asText());
            } else if (type.equals("EndCall") || type.equals("AbandonCall")) {
                callers.remove(command.path("callId").asText());
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stream frame", e);
        }
    }

    /** On the stream thread: decides what the call-taker does with the call, the random draws in stream order. */
    private void answered(String callId) {
        Caller caller = callers.get(callId);
        if (caller == null) {
            return;
        }
        double u = random.nextDouble();
        if (u < mix.invalid()) {
            invalid.incrementAndGet();
            return;
        }
        Long duplicateOf = u < mix.invalid() + mix.duplicate() ? recentIncident(caller.line()) : null;
        if (duplicateOf != null) {
            workers.execute(() -> send("link", calltaker, "/api/v1/incidents/" + duplicateOf + "/calls",
                    "{\"callId\":\"" + callId + "\"}"));
            return;
        }
        List<String> types = TYPES.getOrDefault(caller.line(), TYPES.get("110"));
        String type = types.get(random.nextInt(types.size()));
        GeoPoint at = caller.location() != null ? caller.location() : area.next(random);
        String body = String.format(Locale.ROOT, "{\"type\":\"%s\",\"location\":{\"lat\":%.6f,\"lon\":%.6f},"
                + "\"callId\":\"%s\",\"address\":\"bench\"}", type, at.lat(), at.lon(), callId);
        workers.execute(() -> open(caller.line(), body));
    }

    private synchronized Long recentIncident(String line) {
        Deque<Long> ids = recent.get(line);
        return ids == null || ids.isEmpty() ? null : ids.peekLast();
    }

    private synchronized void remember(String line, long incident) {
        Deque<Long> ids = recent.computeIfAbsent(line, k -> new ArrayDeque<>());
        ids.addLast(incident);
        if (ids.size() > 20) {
            ids.removeFirst();
        }
    }

    private synchronized void forget(long incident) {
        recent.values().forEach(ids -> ids.remove(incident));
    }

    private void open(String line, String body) {
        JsonNode incident = send("open", calltaker, "/api/v1/incidents", body);
        if (incident == null) {
            return;
        }
        long id = incident.path("id").asLong();
        remember(line, id);
        JsonNode advice = send("recommend", dispatcher, "/api/v1/incidents/" + id + "/recommendations", null);
        List<String> units = new ArrayList<>();
        if (advice != null) {
            for (JsonNode need : advice.path("needs")) {
                for (JsonNode picked : need.path("picked")) {
                    String unit = picked.path("unitId").asText();
                    if (send("assign", dispatcher, "/api/v1/incidents/" + id + "/assignments",
                            "{\"unitId\":\"" + unit + "\"}") != null) {
                        units.add(unit);
                    }
                }
            }
        }
        workers.schedule(() -> {
            for (String unit : units) {
                send("en-route", dispatcher, "/api/v1/units/" + unit + "/status", "{\"status\":\"en-route\"}");
            }
            workers.schedule(() -> {
                forget(id);
                send("close", dispatcher, "/api/v1/incidents/" + id + "/close", "{\"disposition\":\"resolved\"}");
            }, mix.closeAfterMillis(), TimeUnit.MILLISECONDS);
        }, mix.enRouteAfterMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One request; records its round trip; the parsed body on 2xx, null otherwise (a 409 counted as a refusal, anything
     * else as a failure).
     */
    private JsonNode send(String kind, String token, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (start >= recordFrom) {
                latency.get(kind).recordValue((System.nanoTime() - start) / 1_000);
            }
            if (response.statusCode() == 409) {
                refusals.get(kind).incrementAndGet();
                return null;
            }
            if (response.statusCode() / 100 != 2) {
                failed(kind, response.statusCode() + " " + path + " " + new String(response.body(),
                        StandardCharsets.UTF_8));
                return null;
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            failed(kind, path + " " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void failed(String kind, String what) {
        failures.get(kind).incrementAndGet();
        synchronized (firstFailures) {
            if (firstFailures.size() < 10) {
                firstFailures.add(kind + ": " + what);
            }
        }
    }

    /** Waits for the requests under way (and those scheduled) to finish. */
    void drain(Duration timeout) throws InterruptedException {
        reader.shutdown();
        reader.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        workers.shutdown();
        workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Map<String, Histogram> latency() {
        Map<String, Histogram> copy = new LinkedHashMap<>();
        latency.forEach((k, h) -> copy.put(k, h.copy()));
        return copy;
    }

    /** All commands (every kind but the recommendation, which is a read) in one histogram. */
    Histogram commands() {
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        latency.forEach((k, h) -> {
            if (!k.equals("recommend")) {
                all.add(h);
            }
        });
        return all;
    }

    Map<String, Long> failures() {
        Map<String, Long> copy = new LinkedHashMap<>();
        failures.forEach((k, n) -> copy.put(k, n.get()));
        return copy;
    }

    /**
     * 409s per kind: the core refused the command (e.g. two dispatchers picked the same unit at once, or a duplicate
     * was linked to an incident closed meanwhile). Part of the work, not a failure of the server.
     */
    Map<String, Long> refusals() {
        Map<String, Long> copy = new LinkedHashMap<>();
        refusals.forEach((k, n) -> copy.put(k, n.get()));
        return copy;
    }

    /** Commands the watched console received, per type (read after {@link #drain}). */
    Map<String, Long> streamCommands() {
        return Map.copyOf(streamCommands);
    }

    List<String> firstFailures() {
        synchronized (firstFailures) {
            return List.copyOf(firstFailures);
        }
    }

    long invalidCalls() {
        return invalid.get();
    }

    @Override
    public void close() {
        reader.shutdownNow();
        workers.shutdownNow();
    }
}
