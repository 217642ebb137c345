package org.sanhe.console.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.TimerPolicy;

/**
 * {@code GET /api/v1/targets}: the time targets of the rules in force, the same the core's timers run on, so that a
 * console marks a call, an incident or a unit late exactly when the core does and holds no figure of its own. Every
 * value in milliseconds, null when the rules set no target.
 */
public final class TargetRoutes {

    private final CoreAccess core;

    public TargetRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/targets", Permission.READ,
                "Time targets of the rules in force: answer, acknowledgement, dispatch per priority", this::targets));
    }

    private CompletableFuture<ApiReply> targets(ApiRequest request) {
        return core.read(request, centre -> centre.rules().timers()).thenApply(timers -> ApiReply.ok(view(timers)));
    }

    static ObjectNode view(TimerPolicy timers) {
        ObjectNode node = Views.NODES.objectNode();
        putMillis(node, "answerMillis", timers.answerMillis());
        putMillis(node, "acknowledgeMillis", timers.acknowledgeMillis());
        ObjectNode dispatch = node.putObject("dispatchMillis");
        for (int priority = CentreRules.MIN_PRIORITY; priority <= CentreRules.MAX_PRIORITY; priority++) {
            putMillis(dispatch, Integer.toString(priority), timers.dispatchMillis(priority));
        }
        return node;
    }

    private static void putMillis(ObjectNode node, String field, long millis) {
        if (millis > 0) {
            node.put(field, millis);
        } else {
            node.putNull(field);
        }
    }
}
