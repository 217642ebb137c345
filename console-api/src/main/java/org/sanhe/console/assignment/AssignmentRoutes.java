package org.sanhe.console.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.command.AssignUnit;

/** {@code POST /api/v1/incidents/{id}/assignments {"unitId"}}: 201, or 409 with the reason the unit cannot go. */
public final class AssignmentRoutes {

    private final CoreAccess core;

    public AssignmentRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(Route.post("/api/v1/incidents/{id}/assignments", Permission.DISPATCH_UNITS,
                "Send a unit to an incident", this::assign));
    }

    private CompletableFuture<ApiReply> assign(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        String unitId = request.json().text("unitId");
        return core.submit(request, new AssignUnit(id, unitId)).thenApply(outcome -> {
            ObjectNode node = Views.NODES.objectNode();
            node.put("incidentId", id);
            node.put("unitId", unitId);
            node.put("sequence", outcome.sequence());
            Views.putTime(node, "assignedAt", outcome.timestamp());
            return ApiReply.json(201, node)
                    .withHeader("Location", "/api/v1/incidents/" + id);
        });
    }
}
