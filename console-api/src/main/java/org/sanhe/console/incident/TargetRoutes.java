package org.sanhe.console.incident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
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
        return core.current(request).thenApply(model -> ApiReply.ok(Targets.of(model.rules().timers())));
    }

    /** The targets in milliseconds, null where the rules set none; {@code dispatchMillis} by priority. */
    record Targets(Long answerMillis, Long acknowledgeMillis, Map<String, Long> dispatchMillis) {

        static Targets of(TimerPolicy timers) {
            Map<String, Long> dispatch = new LinkedHashMap<>();
            for (int priority = CentreRules.MIN_PRIORITY; priority <= CentreRules.MAX_PRIORITY; priority++) {
                dispatch.put(Integer.toString(priority), millis(timers.dispatchMillis(priority)));
            }
            return new Targets(millis(timers.answerMillis()), millis(timers.acknowledgeMillis()),
                    Collections.unmodifiableMap(dispatch));
        }

        private static Long millis(long millis) {
            return millis > 0 ? millis : null;
        }
    }
}
