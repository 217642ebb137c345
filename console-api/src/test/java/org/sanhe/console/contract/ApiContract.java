package org.sanhe.console.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The served OpenAPI document as the judge of every reply: the status must be declared for the operation (or be the
 * router's 404 / 405 for a path or method the document does not have), the media type must be one the response
 * declares, a JSON body must validate against its schema (OpenAPI 3.0: {@code nullable}, enums, {@code date-time}),
 * and a response that declares no content must have an empty body. Errors are judged like any other reply.
 *
 * <p>The stream's messages are judged too ({@link #checkStreamMessage}). Called by the test HTTP and stream helpers,
 * after each reply or message arrives; thread-safe (the document and
 * the compiled schemas are shared). A violation throws {@link AssertionError} naming the request and what is wrong.
 */
public final class ApiContract {

    /**
     * The schema of the stream's messages: the content the document gives the 101 response of {@code GET
     * /api/v1/stream} (a StreamSnapshot or a StreamEvent; the public-warning records in them have closed schemas).
     */
    public static final String STREAM_MESSAGE =
            "/paths/~1api~1v1~1stream/get/responses/101/content/application~1json/schema";

    /** Where the server serves the document from; the contract reads the same resource. */
    public static final String DOCUMENT = "org/sanhe/console/openapi/openapi.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiContract INSTANCE = new ApiContract();

    private final JsonNode document;
    private final DocumentedOperations operations;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ApiContract() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath");
            }
            document = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        operations = new DocumentedOperations(document);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), registry -> registry
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The contract of the document on the classpath. */
    public static ApiContract get() {
        return INSTANCE;
    }

    /** Checks a reply of the JDK's HTTP client (its request's method and path say which operation answered). */
    public void check(HttpResponse<String> response) {
        check(response.request().method(), response.request().uri().getRawPath(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /**
     * Checks one reply.
     *
     * @param path        the request's path, without the query
     * @param contentType the reply's Content-Type header, or null when it had none
     */
    public void check(String method, String path, int status, String contentType, String body) {
        String request = method + " " + path + " -> " + status;
        DocumentedOperations.Lookup lookup = operations.find(method, path);
        if (lookup.operation() == null) {
            int expected = lookup.pathKnown() ? 405 : 404;
            require(status == expected, request, "the document has no such operation, so only " + expected
                    + " may answer", body);
            require(mediaType(contentType).equals("application/json"), request, "an error must be JSON", body);
            validate(request, "/components/schemas/Error", body);
            return;
        }
        String pointer = response(lookup.operation(), status, request, body);
        JsonNode declared = resolve(pointer);
        JsonNode content = declared.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            require(body == null || body.isEmpty(), request, "the response declares no content", body);
            return;
        }
        String media = mediaType(contentType);
        require(content.has(media), request, "media type '" + media + "' is not among the declared "
                + fieldNames(content), body);
        if (media.equals("application/json")) {
            validate(request, pointer + "/content/application~1json/schema", body);
        }
    }

    /**
     * Checks one text message of the WebSocket stream against {@link #STREAM_MESSAGE}. Any thread; throws
     * {@link AssertionError} naming the message's type and sequence and what is wrong.
     */
    public void checkStreamMessage(JsonNode message) {
        String what = "stream message " + message.path("type").asText("?") + " #" + message.path("sequence").asText();
        validate(what, STREAM_MESSAGE, message, message.toString());
    }

    /** The pointer of the declared response (after any $ref to a shared response). */
    private String response(DocumentedOperations.Operation operation, int status, String request, String body) {
        JsonNode responses = operation.node().path("responses");
        String code = Integer.toString(status);
        String key = responses.has(code) ? code : responses.has("default") ? "default" : null;
        require(key != null, request, "status " + status + " is not declared for " + operation.method()
                + " " + operation.template() + " (declared: " + fieldNames(responses) + ")", body);
        JsonNode declared = responses.path(key);
        return declared.has("$ref") ? declared.path("$ref").asText().substring(1)
                : operation.pointer() + "/responses/" + key;
    }

    private JsonNode resolve(String pointer) {
        JsonNode node = document.at(pointer);
        return node.has("$ref") ? document.at(node.path("$ref").asText().substring(1)) : node;
    }

    private void validate(String request, String schemaPointer, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(request + ": the body is not JSON: " + body, e);
        }
        require(instance != null, request, "the JSON body is empty", body);
        validate(request, schemaPointer, instance, body);
    }

    private void validate(String request, String schemaPointer, JsonNode instance, String body) {
        Schema schema = compiled.computeIfAbsent(schemaPointer,
                p -> schemas.getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#" + p)));
        List<Error> errors = schema.validate(instance);
        require(errors.isEmpty(), request, "the body does not match " + schemaPointer + ":\n  "
                + errors.stream().map(Error::toString).collect(Collectors.joining("\n  ")), body);
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> names.append(names.isEmpty() ? "" : ", ").append(n));
        return names.toString();
    }

    private static void require(boolean ok, String request, String problem, String body) {
        if (!ok) {
            String shown = body == null ? "" : body.length() > 2_000 ? body.substring(0, 2_000) + "..." : body;
            throw new AssertionError("API contract: " + request + ": " + problem + "\n  body: " + shown);
        }
    }
}
