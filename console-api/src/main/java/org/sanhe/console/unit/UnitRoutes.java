package org.sanhe.console.unit;

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
import org.sanhe.dispatch.command.ChangeUnitStatus;
import org.sanhe.dispatch.command.Command;
import org.sanhe.dispatch.command.ReportUnitPosition;
import org.sanhe.dispatch.unit.Unit;
import org.sanhe.dispatch.unit.UnitStatus;

/** {@code GET /api/v1/units}, {@code POST /api/v1/units/{id}/status} and {@code .../position}. */
public final class UnitRoutes {

    private final CoreAccess core;

    public UnitRoutes(CoreAccess core) {
        this.core = core;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/units", Permission.READ, "All units", this::list),
                Route.post("/api/v1/units/{id}/status", Permission.DISPATCH_UNITS, "Change a unit's status",
                        this::status),
                Route.post("/api/v1/units/{id}/position", Permission.DISPATCH_UNITS, "Report a unit's position",
                        this::position));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        return core.read(request, centre -> {
            ArrayNode array = Views.NODES.arrayNode();
            centre.units().all().forEach(u -> array.add(UnitView.of(u)));
            return array;
        }).thenApply(ApiReply::ok);
    }

    private CompletableFuture<ApiReply> status(ApiRequest request) {
        String id = request.variable("id");
        UnitStatus status = request.json().enumValue("status", UnitStatus.class);
        return afterwards(request, id, new ChangeUnitStatus(id, status));
    }

    private CompletableFuture<ApiReply> position(ApiRequest request) {
        String id = request.variable("id");
        return afterwards(request, id, new ReportUnitPosition(id, request.json().point()));
    }

    private CompletableFuture<ApiReply> afterwards(ApiRequest request, String id, Command command) {
        return core.submit(request, command)
                .thenCompose(outcome -> core.read(request, centre -> {
                    Unit unit = centre.units().get(id);
                    return unit == null ? null : UnitView.of(unit);
                }))
                .thenApply(node -> {
                    if (node == null) {
                        throw new ApiError(404, "UNKNOWN_UNIT", "no unit " + id, null);
                    }
                    return ApiReply.ok(node);
                });
    }
}
