package org.sanhe.console.unit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;
import org.sanhe.console.model.BoardUnit;
import org.sanhe.console.station.StationRoutes;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/**
 * {@code GET /api/v1/units}, {@code POST /api/v1/units/{id}/status} and {@code .../position} (dispatchers), and the
 * roster kept by a supervisor: register ({@code POST /api/v1/units}), change ({@code PATCH}) and retire
 * ({@code DELETE}), each a journaled command with its actor.
 */
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
                        this::position),
                Route.post("/api/v1/units", Permission.MANAGE_CENTRE, "Register a unit", this::register),
                Route.patch("/api/v1/units/{id}", Permission.MANAGE_CENTRE,
                        "Change a unit's call sign, agency, capabilities or station", this::change),
                Route.delete("/api/v1/units/{id}", Permission.MANAGE_CENTRE, "Retire a unit", this::retire));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        return core.current(request).thenApply(model -> ApiReply.ok(model.units().stream()
                .map(unit -> new BoardUnit(unit, model.statusSince(unit.id()))).toList()));
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
        return core.current(request).thenApply(model -> station == null || model.station(station) == null ? null
                        : model.station(station).position())
                .thenCompose(home -> core.write(request, new RegisterUnit(id, callSign, agency, capabilities,
                        station, position != null ? position : home)))
                .thenApply(o -> ApiReply.json(201, current(id)));
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

    /** The unit on the board, with {@code statusSince}, or a 404. */
    private BoardUnit current(String id) {
        BoardUnit unit = core.model().boardUnit(id);
        if (unit == null) {
            throw new ApiError(404, "UNKNOWN_UNIT", "no unit " + id, null);
        }
        return unit;
    }

    private CompletableFuture<ApiReply> afterwards(ApiRequest request, String id, Command command) {
        return core.write(request, command).thenApply(outcome -> ApiReply.ok(current(id)));
    }
}
