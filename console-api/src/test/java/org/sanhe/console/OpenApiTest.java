package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanhe.console.http.Route;

/**
 * The served OpenAPI document names exactly the routes served, each with the permission it really needs, and has what
 * a client generator needs (operation ids, tags, servers). That each reply matches it is checked on every reply by
 * {@code ApiClient} ({@link org.sanhe.console.contract.ApiContract}); Redocly's lint runs in scripts/test.sh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    ConsoleHarness h;
    JsonNode doc;

    @BeforeAll
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
        ApiClient.Reply reply = h.api.get("/api/v1/openapi.json", null);
        assertThat(reply.status()).isEqualTo(200);
        doc = reply.body();
    }

    @AfterAll
    void stop() {
        h.close();
    }

    /**
     * Issue 18's routes (CAP alerts, EIDO export and import, call recordings): served, listed in the document with an
     * operationId and a tag, in console-api/README.md by method and path, and in the top-level README by path.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/v1/alerts", "GET, /api/v1/alerts", "GET, /api/v1/alerts/{id}",
            "GET, /api/v1/incidents/{id}/eido", "POST, /api/v1/incidents/eido", "GET, /api/v1/calls/{id}/recording"})
    void theInteroperabilityRoutesAreServedListedAndDocumented(String method, String path) throws IOException {
        assertThat(h.server.routes()).anyMatch(r -> r.method().equals(method) && r.template().equals(path));
        JsonNode operation = doc.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.path("operationId").asText()).isNotBlank();
        assertThat(operation.path("tags")).isNotEmpty();
        assertThat(Files.readString(Path.of("README.md"))).as("console-api/README.md").contains(method + " " + path);
        assertThat(Files.readString(Path.of("../README.md"))).as("README.md").contains(path);
    }

    @Test
    void isOpenApi3() {
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void documentsExactlyTheRoutesServedWithTheirPermissions() {
        Map<String, String> served = new TreeMap<>();
        for (Route route : h.server.routes()) {
            served.put(route.method() + " " + route.template(), route.permission().name());
        }
        Map<String, String> documented = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                documented.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        op.getValue().path("x-permission").asText());
            }
        }
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void aClientCanBeGeneratedFromIt() {
        assertThat(doc.path("servers").path(0).path("url").asText()).startsWith("http");
        assertThat(doc.path("info").path("license").path("name").asText()).isNotBlank();
        Set<String> tags = new HashSet<>(doc.path("tags").findValuesAsText("name"));
        Set<String> operationIds = new HashSet<>();
        doc.path("paths").forEach(path -> path.forEach(op -> {
            assertThat(operationIds.add(op.path("operationId").asText())).as(op.path("operationId").asText())
                    .isTrue();
            assertThat(op.path("operationId").asText()).matches("[a-z][A-Za-z]+");
            assertThat(tags).contains(op.path("tags").path(0).asText());
        }));
    }

    @Test
    void everyOperationDocumentsItsErrorsAndPublicOnesNeedNoToken() {
        doc.path("paths").forEach(path -> path.forEach(op -> {
            assertThat(op.path("summary").asText()).isNotBlank();
            assertThat(op.path("responses").size()).isGreaterThan(1);
            boolean publicRoute = op.path("x-permission").asText().equals("PUBLIC");
            assertThat(op.has("security") && op.path("security").isEmpty()).isEqualTo(publicRoute);
            if (!publicRoute) {
                assertThat(op.path("responses").has("401")).isTrue();
                assertThat(op.path("responses").has("403")).isTrue();
            }
        }));
    }
}
