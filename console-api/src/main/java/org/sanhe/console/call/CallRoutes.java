package org.sanhe.console.call;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.dispatch.domain.call.Call;
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
    private final DispatchJson json;

    public CallRoutes(CoreAccess core, EpochClock clock, DispatchJson json) {
        this.core = core;
        this.clock = clock;
        this.json = json;
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
        return core.read(request, centre -> {
            Call call = centre.calls().get(id);
            if (call == null) {
                return null;
            }
            ArrayNode candidates = Views.NODES.arrayNode();
            centre.duplicateCandidates(call, Math.max(now, centre.lastTimestamp()))
                    .forEach(c -> candidates.add((ObjectNode) json.mapper().valueToTree(c)));
            return candidates;
        }).thenApply(candidates -> {
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
        return core.read(request, centre -> {
            ArrayNode calls = Views.NODES.arrayNode();
            for (Call call : centre.calls().all()) {
                if (all || call.state().isLive()) {
                    calls.add(CallView.of(call));
                }
            }
            return calls;
        }).thenApply(ApiReply::ok);
    }
}
