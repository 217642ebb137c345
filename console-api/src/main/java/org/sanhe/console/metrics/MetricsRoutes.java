package org.sanhe.console.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.model.CallView;
import org.sanhe.console.stream.EventHubAgent;
import org.sanhe.dispatch.domain.call.CallState;

/** {@code GET /metrics}: Prometheus text. */
public final class MetricsRoutes {

    private final CoreAccess core;
    private final ConsoleMetrics metrics;
    private final EventHubAgent hub;

    public MetricsRoutes(CoreAccess core, ConsoleMetrics metrics, EventHubAgent hub) {
        this.core = core;
        this.metrics = metrics;
        this.hub = hub;
    }

    public List<Route> routes() {
        return List.of(Route.get("/metrics", Permission.PUBLIC, "Prometheus metrics", this::scrape));
    }

    private record Counts(Map<String, Long> perLine, long queued, long lastSequence) {
    }

    private CompletableFuture<ApiReply> scrape(ApiRequest request) {
        return core.current(request).thenApply(model -> {
            Map<String, Long> perLine = new TreeMap<>();
            long queued = 0;
            for (CallView call : model.calls()) {
                perLine.merge(call.line(), 1L, Long::sum);
                if (call.state() == CallState.QUEUED) {
                    queued++;
                }
            }
            return new Counts(perLine, queued, model.sequence() + model.behind());
        }).thenApply(c -> {
            metrics.update(c.perLine(), c.queued(), c.lastSequence() - hub.lastSequence());
            return ApiReply.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
        });
    }
}
