package org.sanhe.console.stream;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;

/**
 * The stream's route, for the router, the role matrix and the OpenAPI document. A request that asks to upgrade is
 * taken over by {@link StreamUpgrade}; a plain GET gets 426.
 */
public final class StreamRoutes {

    public static final String PATH = "/api/v1/stream";

    public List<Route> routes() {
        return List.of(Route.get(PATH, Permission.READ,
                "WebSocket: a snapshot (or, with from=SEQ, the journal from there), then live events in order",
                StreamRoutes::plain));
    }

    private static CompletableFuture<ApiReply> plain(ApiRequest request) {
        throw new ApiError(426, "UPGRADE_REQUIRED", "open this path as a WebSocket", null);
    }
}
