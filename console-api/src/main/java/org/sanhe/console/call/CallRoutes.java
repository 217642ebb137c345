package org.sanhe.console.call;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.call.Call;

/** {@code GET /api/v1/calls?state=active|all}: the calls of every line, oldest first. */
public final class CallRoutes {

    private final CoreAccess core;

    public CallRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/calls", Permission.READ, "Calls of all lines (state=active|all)",
                this::list));
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
