package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API abuse, run long: the real server process (the demo, with the PBX simulator offering calls and snapshots every
 * {@value #SNAPSHOT_EVERY} commands), and a few clients sending random and mutated requests to every route of the
 * server's own OpenAPI document (the stream's WebSocket aside): documented and undocumented methods, path variables
 * and query values of every kind, JSON bodies with the API's field names and wrong, extreme or missing values, broken
 * JSON, bytes, wrong content types, good, bad and missing tokens (requests HTTP itself cannot carry are counted under
 * status 0). Two requests in five are {@link WellFormedRequests} instead, which reach the core. The audit routes
 * whose random requests read the whole journal (verification by its meaning, KPIs over the default 24 hours, the
 * timelines of the first incidents, opened before the snapshots the server keeps) get random requests
 * {@value #COSTLY_WEIGHT} times less often than the other routes, so that the run's length does not grow with the
 * square of its journal.
 * It passes when every request is counted, no response is a 5xx, every request is answered,
 * the server is healthy at the end, and its heap after a full collection has not grown by more than
 * {@link #HEAP_GROWTH_ALLOWED_BYTES} between the first tenth of the run and the end (read with {@code jcmd}).
 */
public final class FuzzCampaign {

    static final long HEAP_GROWTH_ALLOWED_BYTES = 32L << 20;
    static final long SNAPSHOT_EVERY = 5_000;
    static final int CALLS_PER_MINUTE = 120;
    static final int COSTLY_WEIGHT = 20;
    private static final int REFRESH_EVERY = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final String[] FIELDS = {"type", "priority", "location", "lat", "lon", "address", "notes",
        "callId", "unitId", "status", "disposition", "username", "password", "note", "datum", "from", "at"};
    private static final String[] METHODS = {"GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8",
        "text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1", ""};

    /** What the campaign found. */
    public record Result(long requests, Map<Integer, Long> byStatus, Map<Integer, Long> wellFormedByStatus,
                         long serverErrors, long unanswered, long heapEarlyBytes, long heapEndBytes,
                         boolean healthyAtEnd, long elapsedMillis) {

        public boolean passed() {
            long counted = byStatus.values().stream().mapToLong(Long::longValue).sum() + unanswered;
            return counted == requests && serverErrors == 0 && unanswered == 0 && healthyAtEnd
                    && heapEarlyBytes >= 0 && heapEndBytes >= 0
                    && heapEndBytes - heapEarlyBytes <= HEAP_GROWTH_ALLOWED_BYTES;
        }

        public String json() {
            return String.format(java.util.Locale.ROOT, "{\"campaign\":\"fuzz\",\"requests\":%d,\"byStatus\":%s,"
                            + "\"wellFormedByStatus\":%s,\"serverErrors\":%d,\"unanswered\":%d,"
                            + "\"heapAfterGcEarlyMiB\":%.1f,\"heapAfterGcEndMiB\":%.1f,\"healthyAtEnd\":%b,"
                            + "\"seconds\":%.1f,\"requestsPerSecond\":%.0f,\"passed\":%b}",
                    requests, new java.util.TreeMap<>(byStatus), new java.util.TreeMap<>(wellFormedByStatus),
                    serverErrors, unanswered, heapEarlyBytes / 1048576.0,
                    heapEndBytes / 1048576.0, healthyAtEnd, elapsedMillis / 1000.0,
                    requests * 1000.0 / Math.max(1, elapsedMillis), passed());
        }
    }

    /** One route of the document: its method and its path template. */
    private record Route(String method, String template) {
    }

    private final ServerLauncher launcher;
    private final long requests;
    private final int clients;
    private final long seed;
    private final Path work;

    public FuzzCampaign(ServerLauncher launcher, long requests, int clients, long seed, Path work) {
        this.launcher = launcher;
        this.requests = requests;
        this.clients = clients;
        this.seed = seed;
        this.work = work;
    }

    public Result run() throws Exception {
        Path config = CampaignConfig.write(work, CALLS_PER_MINUTE, SNAPSHOT_EVERY);
        long started = System.currentTimeMillis();
        try (ServerProcess server = ServerProcess.start(launcher, config, work.resolve("server.log"), 120)) {
            ConsoleClient api = new ConsoleClient(server.port());
            List<String> tokens = List.of(api.login("supervisor"), api.login("calltaker"), api.login("auditor"));
            List<Route> routes = routes(api.get("/api/v1/openapi.json", null).body());
            WellFormedRequests wellFormed = WellFormedRequests.read(api, tokens.get(0));
            Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
            Map<Integer, Long> wellFormedByStatus = new ConcurrentHashMap<>();
            AtomicLong sent = new AtomicLong();
            AtomicLong unanswered = new AtomicLong();
            long[] heapEarly = {-1};
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(seed * 31 + c);
                Thread thread = new Thread(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    ConsoleClient reader = new ConsoleClient(server.port());
                    for (long n, mine = 0; (n = sent.incrementAndGet()) <= requests; mine++) {
                        if (mine % REFRESH_EVERY == REFRESH_EVERY - 1) {
                            refresh(wellFormed, reader, tokens.get(0));
                        }
                        if (random.nextInt(5) < 2) {
                            WellFormedRequests.Spec spec = wellFormed.next(random);
                            int status = send(http, spec.request(server.port(), tokens), wellFormed, spec, unanswered);
                            if (status >= 0) {
                                byStatus.merge(status, 1L, Long::sum);
                                wellFormedByStatus.merge(status, 1L, Long::sum);
                            }
                        } else {
                            HttpRequest request;
                            try {
                                request = request(random, server.port(), routes, tokens);
                            } catch (IllegalArgumentException e) {
                                byStatus.merge(0, 1L, Long::sum);   // not sendable over HTTP: the client refuses it
                                continue;
                            }
                            int status = send(http, request, null, null, unanswered);
                            if (status >= 0) {
                                byStatus.merge(status, 1L, Long::sum);
                            }
                        }
                        if (n == requests / 10) {
                            synchronized (heapEarly) {
                                heapEarly[0] = heapAfterGc(server.pid());
                            }
                        }
                        if (n % 100_000 == 0) {
                            System.out.printf("%d requests, %s%n", n, new java.util.TreeMap<>(byStatus));
                        }
                    }
                }, "fuzz-" + c);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long heapEnd = heapAfterGc(server.pid());
            boolean healthy = api.get("/health", null).status() == 200;
            long errors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue)
                    .sum();
            synchronized (heapEarly) {
                return new Result(requests, byStatus, wellFormedByStatus, errors, unanswered.get(), heapEarly[0],
                        heapEnd, healthy, System.currentTimeMillis() - started);
            }
        }
    }

    /**
     * Sends the request and returns its status, or -1 when it got no answer (counted in {@code unanswered}); tells
     * {@code wellFormed} the answer to a spec of its own.
     */
    private static int send(HttpClient http, HttpRequest request, WellFormedRequests wellFormed,
                            WellFormedRequests.Spec spec, AtomicLong unanswered) {
        try {
            int status;
            if (spec == null) {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } else {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                wellFormed.answered(spec, status, response.body());
            }
            if (status >= 500) {
                System.out.printf("5xx %d for %s %s%n", status, request.method(), request.uri());
            }
            return status;
        } catch (IOException e) {
            unanswered.incrementAndGet();
            System.out.printf("unanswered %s %s: %s%n", request.method(), request.uri(), e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unanswered.incrementAndGet();
            return -1;
        }
    }

    private static void refresh(WellFormedRequests wellFormed, ConsoleClient reader, String token) {
        try {
            wellFormed.refresh(reader, token);
        } catch (IOException | InterruptedException e) {
            System.out.printf("could not read the calls: %s%n", e);
        }
    }

    private static List<Route> routes(JsonNode openApi) {
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().equals("/api/v1/stream")) {
                continue;   // a WebSocket; the stream's abuse is the websocket campaign's
            }
            path.getValue().fieldNames().forEachRemaining(m -> routes.add(new Route(m.toUpperCase(), path.getKey())));
        }
        return routes;
    }

    private static HttpRequest request(SplittableRandom r, int port, List<Route> routes, List<String> tokens) {
        Route route = routes.get(r.nextInt(routes.size()));
        while (isCostly(route) && r.nextInt(COSTLY_WEIGHT) != 0) {
            route = routes.get(r.nextInt(routes.size()));
        }
        String method = r.nextInt(10) == 0 ? METHODS[r.nextInt(METHODS.length)] : route.method();
        Matcher variables = Pattern.compile("\\{([^}.]+)(\\.\\.\\.)?}").matcher(route.template());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {   // every variable, including a {file...} rest of the path
            variables.appendReplacement(path, Matcher.quoteReplacement(pathValue(r)));
        }
        variables.appendTail(path);
        if (r.nextInt(3) == 0) {
            path.append('?').append(FIELDS[r.nextInt(FIELDS.length)]).append('=').append(queryValue(r));
            if (r.nextBoolean()) {
                path.append("&state=").append(r.nextBoolean() ? "all" : queryValue(r));
            }
        }
        URI uri;
        try {
            uri = URI.create("http://127.0.0.1:" + port + path);
        } catch (IllegalArgumentException e) {
            uri = URI.create("http://127.0.0.1:" + port + route.template().replaceAll("[{}.]", ""));
        }
        byte[] body = method.equals("POST") || method.equals("PATCH") || method.equals("PUT") ? body(r) : null;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        String type = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
        if (body != null && !type.isEmpty() && r.nextInt(8) != 0) {
            builder.header("Content-Type", r.nextInt(4) == 0 ? type : "application/json");
        }
        int auth = r.nextInt(20);
        if (auth < 17 && endsSessions(method, route)) {
            builder.header("Authorization", "Bearer " + printable(r, 43));   // not the campaign's own sessions
        } else if (auth < 17) {
            builder.header("Authorization", "Bearer " + tokens.get(auth % tokens.size()));
        } else if (auth == 17) {
            builder.header("Authorization", "Bearer " + printable(r, 40));
        } else if (auth == 18) {
            builder.header("Authorization", printable(r, 12));
        }
        return builder.build();
    }

    /** Sign-out and revocation: with a real token they would end the campaign's own sessions and 401 the rest. */
    private static boolean endsSessions(String method, Route route) {
        return method.equals("DELETE") && route.template().endsWith("/sessions")
                || method.equals("DELETE") && route.template().startsWith("/api/v1/sessions/");
    }

    /**
     * A route whose well-formed random requests read the whole journal: verification, KPIs over the default period,
     * the timelines of the first incidents (small ids).
     */
    private static boolean isCostly(Route route) {
        return route.template().startsWith("/api/v1/audit/verify") || route.template().equals("/api/v1/audit/kpis")
                || route.template().endsWith("/timeline");
    }

    private static String pathValue(SplittableRandom r) {
        return switch (r.nextInt(9)) {
            case 0 -> Long.toString(r.nextLong());
            case 1 -> Integer.toString(r.nextInt(1, 50));
            case 2 -> "districts";
            case 3 -> "units";
            case 4 -> "P-0" + r.nextInt(100, 999);
            case 5 -> "pbx-" + r.nextInt(1000);
            case 6 -> "%2e%2e";
            case 7 -> urlSafe(randomText(r, r.nextInt(1, 30)));
            default -> "0";
        };
    }

    private static String queryValue(SplittableRandom r) {
        return switch (r.nextInt(7)) {
            case 0 -> Long.toString(r.nextLong());
            case 1 -> Double.toString(r.nextDouble(-400, 400));
            case 2 -> "2026-11-28T01:00:00Z";
            case 3 -> "NaN";
            case 4 -> "";
            case 5 -> "gcj02";
            default -> urlSafe(randomText(r, r.nextInt(1, 20)));
        };
    }

    private static byte[] body(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            byte[] bytes = new byte[r.nextInt(0, 300)];
            r.nextBytes(bytes);
            return bytes;
        }
        String json = value(r, 0).toString();
        if (kind == 1 && json.length() > 1) {
            json = json.substring(0, r.nextInt(1, json.length()));   // truncated
        } else if (kind == 2) {
            json = json.replace(':', r.nextBoolean() ? ',' : '=');     // broken syntax
        } else if (kind == 3) {
            json = "{\"notes\":\"" + "x".repeat(70 * 1024) + "\"}";      // over the 64 KiB limit
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode value(SplittableRandom r, int depth) {
        int kind = depth > 2 ? r.nextInt(6) : r.nextInt(9);
        return switch (kind) {
            case 0 -> JSON.getNodeFactory().numberNode(r.nextLong());
            case 1 -> JSON.getNodeFactory().numberNode(r.nextDouble(-1e6, 1e6));
            case 2 -> JSON.getNodeFactory().textNode(randomText(r, r.nextInt(0, 40)));
            case 3 -> JSON.getNodeFactory().booleanNode(r.nextBoolean());
            case 4 -> JSON.getNodeFactory().nullNode();
            case 5 -> JSON.getNodeFactory().textNode(new String[] {"ROBBERY", "BUILDING_FIRE", "available",
                "en-route", "on-scene", "resolved", "P-0101", "pbx-1", "1"}[r.nextInt(9)]);
            case 6 -> {
                var array = JSON.createArrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    array.add(value(r, depth + 1));
                }
                yield array;
            }
            default -> {
                var object = JSON.createObjectNode();
                for (int i = r.nextInt(1, 7); i > 0; i--) {
                    String field = FIELDS[r.nextInt(FIELDS.length)];
                    if (field.equals("location") && r.nextBoolean()) {
                        object.putObject("location").put("lat", r.nextDouble(-100, 100))
                                .put("lon", r.nextDouble(-200, 200));
                    } else {
                        object.set(field, value(r, depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private static String randomText(SplittableRandom r, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(4);
            text.appendCodePoint(kind == 0 ? r.nextInt(0x4e00, 0x9fff) : kind == 1 ? r.nextInt(0, 0x20)
                    : r.nextInt(0x20, 0x7f));
        }
        return text.toString();
    }

    /** Text a header may carry. */
    private static String printable(SplittableRandom r, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) r.nextInt(0x21, 0x7f));
        }
        return text.toString();
    }

    private static String urlSafe(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The server's heap in use after a full collection, in bytes, read with the JDK's jcmd. */
    static long heapAfterGc(long pid) {
        try {
            run("jcmd", Long.toString(pid), "GC.run");
            Matcher m = HEAP_USED.matcher(run("jcmd", Long.toString(pid), "GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("jcmd failed", e);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        command[0] = Path.of(java).resolveSibling(command[0]).toString();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** {@code FuzzCampaign <requests> <server jar> <work dir> [seed]}; exit 0 only when it passed. */
    public static void main(String[] args) throws Exception {
        long requests = Long.parseLong(args[0]);
        ServerLauncher launcher = ServerLauncher.jar(Path.of(args[1]));
        Path work = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        System.out.printf("fuzz campaign: %d requests, seed %d, work %s%n", requests, seed, work);
        Result result = new FuzzCampaign(launcher, requests, 4, seed, work).run();
        System.out.println(result.json());
        System.exit(result.passed() ? 0 : 1);
    }
}
