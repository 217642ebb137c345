package org.sanhe.console.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Need;

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
        return core.read(request, centre -> centre.rules().types()).thenApply(types -> {
            ArrayNode array = Views.NODES.arrayNode();
            types.forEach(t -> array.add(view(t)));
            return ApiReply.ok(array);
        });
    }

    private static ObjectNode view(IncidentType type) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("code", type.code());
        ObjectNode names = node.putObject("names");
        names.put("zh", type.nameZh());
        names.put("en", type.nameEn());
        node.put("defaultPriority", type.defaultPriority());
        type.lines().forEach(node.putArray("lines")::add);
        ArrayNode plan = node.putArray("plan");
        for (Need need : type.plan()) {
            ObjectNode n = plan.addObject();
            n.put("agency", need.agency());
            n.put("count", need.count());
            need.capabilities().forEach(n.putArray("capabilities")::add);
        }
        type.compatible().forEach(node.putArray("compatible")::add);
        return node;
    }
}
