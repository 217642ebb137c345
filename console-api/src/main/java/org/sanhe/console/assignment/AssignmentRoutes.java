package org.sanhe.console.assignment;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.json.ApiTime;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;
import org.sanhe.console.incident.IncidentRoutes;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.unit.Proposal;

/**
 * Sending and freeing units, each one journaled command.
 * <ul>
 *   <li>{@code POST /api/v1/incidents/{id}/assignments {"unitId", "divert"?, "recommendation"?: {"rank",
 *   "etaSeconds"}}}: 201, or 409 with the reason the unit cannot go. With {@code divert} a unit serving another
 *   incident is taken from it; {@code recommendation} is what the console showed for the unit (absent: an
 *   override).</li>
 *   <li>{@code POST /api/v1/incidents/{id}/assignments/{unitId}/release {"reason"?}}: the incident afterwards.</li>
 * </ul>
 */
public final class AssignmentRoutes {

    /** The longest ETA a recommendation may report: a day. */
    private static final int MAX_ETA_SECONDS = 86_400;

    private final CoreAccess core;

    public AssignmentRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/v1/incidents/{id}/assignments", Permission.DISPATCH_UNITS,
                        "Send a unit to an incident (divert: take it from another incident)", this::assign),
                Route.post("/api/v1/incidents/{id}/assignments/{unitId}/release", Permission.DISPATCH_UNITS,
                        "Release a unit from an incident", this::release));
    }

    private CompletableFuture<ApiReply> assign(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        JsonInput in = request.json();
        String unitId = in.text("unitId");
        boolean divert = in.flag("divert", false);
        Proposal proposal = proposal(in.optionalObject("recommendation"));
        return core.write(request, new AssignUnit(id, unitId, divert, proposal)).thenApply(outcome ->
                ApiReply.json(201, new Assigned(id, unitId, divert, outcome.sequence(), outcome.timestamp()))
                        .withHeader("Location", "/api/v1/incidents/" + id));
    }

    /** What sending a unit answers. */
    private record Assigned(long incidentId, String unitId, boolean divert, long sequence,
                            @JsonSerialize(using = ApiTime.class) long assignedAt) {
    }

    private static Proposal proposal(JsonInput recommendation) {
        if (recommendation == null) {
            return null;
        }
        int rank = recommendation.integer("rank", 1, 1_000, 0);
        int eta = recommendation.integer("etaSeconds", 0, MAX_ETA_SECONDS, -1);
        if (rank == 0 || eta < 0) {
            String field = "recommendation." + (rank == 0 ? "rank" : "etaSeconds");
            throw ApiError.badField(field, field + " is required");
        }
        return new Proposal(rank, eta);
    }

    private CompletableFuture<ApiReply> release(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        String unitId = request.variable("unitId");
        String reason = request.body().length == 0 ? null : request.json().optionalText("reason");
        return core.write(request, new ReleaseUnit(id, unitId, reason))
                .thenApply(outcome -> ApiReply.ok(IncidentRoutes.view(core.model(), id)));
    }
}
