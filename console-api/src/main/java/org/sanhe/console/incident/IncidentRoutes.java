package org.sanhe.console.incident;

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
import org.sanhe.dispatch.domain.incident.Incident;

/**
 * Reading incidents, each with its coverage: {@code GET /api/v1/incidents?status=open|all} and
 * {@code GET /api/v1/incidents/{id}}.
 */
public final class IncidentRoutes {

    private final CoreAccess core;

    public IncidentRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/incidents", Permission.READ, "Incidents with their coverage (status=open|all)", this::list),
                Route.get("/api/v1/incidents/{id}", Permission.READ, "One incident with its coverage", this::one));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        String status = request.query("status");
        if (status != null && !status.equals("open") && !status.equals("all")) {
            throw ApiError.badField("status", "status must be open or all");
        }
        boolean all = "all".equals(status);
        return core.read(request, centre -> {
            ArrayNode array = Views.NODES.arrayNode();
            for (Incident incident : all ? centre.incidents().all() : centre.incidents().open()) {
                array.add(IncidentView.withCoverage(centre, incident));
            }
            return array;
        }).thenApply(ApiReply::ok);
    }

    private CompletableFuture<ApiReply> one(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return view(core, request, id).thenApply(ApiReply::ok);
    }

    /** The incident with its coverage, or a 404 {@code UNKNOWN_INCIDENT}. */
    public static CompletableFuture<ObjectNode> view(CoreAccess core, ApiRequest request, long id) {
        return core.read(request, centre -> {
            Incident incident = centre.incidents().get(id);
            return incident == null ? null : IncidentView.withCoverage(centre, incident);
        }).thenApply(node -> {
            if (node == null) {
                throw new ApiError(404, "UNKNOWN_INCIDENT", "no incident " + id, null);
            }
            return node;
        });
    }
}
