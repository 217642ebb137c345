package org.sanhe.console.unit;

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
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;
import org.sanhe.console.station.StationRoutes;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/**
 * {@code GET /api/v1/units}, {@code POST /api/v1/units/{id}/status} and {@code .../position} (dispatchers), and the
 * roster kept by a supervisor: register ({@code POST /api/v1/units}), change ({@code PATCH}) and retire
 * ({@code DELETE}), each a journaled command with its actor.
 */
public final class UnitRoutes {

    private final CoreAccess core;
    private final UnitClocks clocks;

    /** @param clocks when each unit took its status (the units' {@code statusSince}) */
    public UnitRoutes(CoreAccess core, UnitClocks clocks) {
        this.core = core;
        this.clocks = clocks;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/units", Permission.READ, "All units", this::list),
                Route.post("/api/v1/units/{id}/status", Permission.DISPATCH_UNITS, "Change a unit's status",
                        this::status),
                Route.post("/api/v1/units/{id}/position", Permission.DISPATCH_UNITS, "Report a unit's position",
                        this::position),
                Route.post("/api/v1/units", Permission.MANAGE_CENTRE, "Register a unit", this::register),
                Route.patch("/api/v1/units/{id}", Permission.MANAGE_CENTRE,
                        "Change a unit's call sign, agency, capabilities or station", this::change),
                Route.delete("/api/v1/units/{id}", Permission.MANAGE_CENTRE, "Retire a unit", this::retire));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        return core.read(request, centre -> {
            ArrayNode array = Views.NODES.arrayNode();
            centre.units().all().forEach(u -> array.add(withClock(UnitView.of(centre, u))));
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

    /** A new unit starts at the position given, else at its station's. */
    private CompletableFuture<ApiReply> register(ApiRequest request) {
        JsonInput in = request.json();
        String id = StationRoutes.id(in.text("id"));
        String station = in.optionalText("station");
        GeoPoint position = in.optionalPoint("position");
        List<String> capabilities = in.optionalTexts("capabilities");
        String callSign = in.optionalText("callSign");
        String agency = in.text("agency");
        return core.read(request, centre -> station == null || centre.stations().get(station) == null ? null
                        : centre.stations().get(station).position())
                .thenCompose(home -> core.submit(request, new RegisterUnit(id, callSign, agency, capabilities,
                        station, position != null ? position : home)))
                .thenCompose(o -> current(request, id)).thenApply(node -> ApiReply.json(201, node));
    }

    private CompletableFuture<ApiReply> change(ApiRequest request) {
        String id = request.variable("id");
        JsonInput in = request.json();
        ChangeUnit command = new ChangeUnit(id, in.optionalText("callSign"), in.optionalText("agency"),
                in.optionalTexts("capabilities"), in.optionalText("station"));
        return afterwards(request, id, command);
    }

    private CompletableFuture<ApiReply> retire(ApiRequest request) {
        return core.submit(request, new RetireUnit(request.variable("id"))).thenApply(o -> ApiReply.noContent());
    }

    private CompletableFuture<ObjectNode> current(ApiRequest request, String id) {
        return core.read(request, centre -> {
            Unit unit = centre.units().get(id);
            return unit == null ? null : withClock(UnitView.of(centre, unit));
        }).thenApply(node -> {
            if (node == null) {
                throw new ApiError(404, "UNKNOWN_UNIT", "no unit " + id, null);
            }
            return node;
        });
    }

    /** Adds {@code statusSince}: when the unit took its present status, null when not known. */
    private ObjectNode withClock(ObjectNode unit) {
        Views.putTime(unit, "statusSince", clocks.since(unit.get("id").textValue()));
        return unit;
    }

    private CompletableFuture<ApiReply> afterwards(ApiRequest request, String id, Command command) {
        return core.submit(request, command).thenCompose(outcome -> current(request, id)).thenApply(ApiReply::ok);
    }
}
