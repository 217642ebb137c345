package org.sanhe.console.call;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/**
 * {@code GET /api/v1/calls?state=active|all}: the calls of every line, oldest first; {@code GET
 * /api/v1/calls/{id}/duplicates}: the open incidents the call may be a duplicate report of, as of now, best first,
 * each with its score and the score's parts (the same candidates the stream's {@code DuplicatesProposed} carries,
 * for a console that was not watching when they were proposed).
 */
public final class CallRoutes {

    private final CoreAccess core;
    private final EpochClock clock;

    public CallRoutes(CoreAccess core, EpochClock clock) {
        this.core = core;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/calls", Permission.READ, "Calls of all lines (state=active|all)", this::list),
                Route.get("/api/v1/calls/{id}/duplicates", Permission.READ,
                        "The call's duplicate candidates as of now", this::duplicates));
    }

    private CompletableFuture<ApiReply> duplicates(ApiRequest request) {
        String id = request.variable("id");
        long now = clock.millis();
        return core.current(request).thenApply(model -> model.duplicateCandidates(id, now)).thenApply(candidates -> {
            if (candidates == null) {
                throw new ApiError(404, "UNKNOWN_CALL", "no call " + id, null);
            }
            return ApiReply.ok(candidates);
        });
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        String state = request.query("state");
        boolean all;
        if (state == null || state.equals("active")) {
            all = false;
        } else if (state.equals("all")) {
            all = true;
        } else {
            throw ApiError.badField("state", "state must be active or all");
        }
        return core.current(request).thenApply(model -> ApiReply.ok(model.calls().stream()
                .filter(call -> all || call.state().isLive()).toList()));
    }
}
