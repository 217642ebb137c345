package org.sanhe.console.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;

/** {@code GET /api/v1/openapi.json}: the document, read once from the classpath. */
public final class OpenApiRoutes {

    public static final String RESOURCE = "openapi.json";

    private final ApiReply reply;

    public OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            reply = new ApiReply(200, ApiReply.JSON, in.readAllBytes(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/openapi.json", Permission.PUBLIC, "This document",
                request -> CompletableFuture.completedFuture(reply)));
    }
}
