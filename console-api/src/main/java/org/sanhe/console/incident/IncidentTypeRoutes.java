package org.sanhe.console.incident;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.rules.IncidentType;

/** {@code GET /api/v1/incident-types}: the types of the rules in force, with names, lines and response plans. */
public final class IncidentTypeRoutes {

    private final CoreAccess core;

    public IncidentTypeRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/incident-types", Permission.READ, "Configured incident types",
                this::list));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        return core.current(request).thenApply(model -> ApiReply.ok(model.rules().types().stream()
                .map(TypeView::of).toList()));
    }

    /** An incident type as the console shows it: names, default priority, lines and response plan. */
    record TypeView(String code, Names names, int defaultPriority, List<String> lines, List<NeedView> plan,
                    List<String> compatible) {

        record Names(String zh, String en) {
        }

        record NeedView(String agency, int count, List<String> capabilities) {
        }

        static TypeView of(IncidentType type) {
            return new TypeView(type.code(), new Names(type.nameZh(), type.nameEn()), type.defaultPriority(),
                    List.copyOf(type.lines()), type.plan().stream()
                    .map(n -> new NeedView(n.agency(), n.count(), List.copyOf(n.capabilities()))).toList(),
                    List.copyOf(type.compatible()));
        }
    }
}
