package org.sanhe.console.station;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.district.DistrictMap;

/**
 * The centre's stations: listed to anyone signed in; opened, renamed or moved, and closed by a supervisor, each
 * change a journaled command with its actor (the district of a new position found here). A change answers with the
 * station as it stands after it.
 */
public final class StationRoutes {

    private final CoreAccess core;
    private final DistrictMap districts;

    public StationRoutes(CoreAccess core, DistrictMap districts) {
        this.core = core;
        this.districts = districts;
    }

    public List<Route> routes() {
        Permission manage = Permission.MANAGE_CENTRE;
        return List.of(
                Route.get("/api/v1/stations", Permission.READ, "The open stations", this::list),
                Route.post("/api/v1/stations", manage, "Open a station", this::open),
                Route.patch("/api/v1/stations/{id}", manage, "Rename or move a station", this::change),
                Route.delete("/api/v1/stations/{id}", manage, "Close a station that houses no unit", this::close));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        return core.current(request).thenApply(model -> ApiReply.ok(List.copyOf(model.stations())));
    }

    private CompletableFuture<ApiReply> open(ApiRequest request) {
        JsonInput in = request.json();
        String id = id(in.text("id"));
        GeoPoint position = in.optionalPoint("position");
        if (position == null) {
            throw ApiError.badField("position", "position is required");
        }
        RegisterStation command = new RegisterStation(id, in.optionalText("name"), in.text("agency"), position,
                districts.codeAt(position));
        return core.write(request, command).thenApply(o -> ApiReply.json(201, current(id)));
    }

    private CompletableFuture<ApiReply> change(ApiRequest request) {
        String id = request.variable("id");
        JsonInput in = request.json();
        GeoPoint position = in.optionalPoint("position");
        ChangeStation command = new ChangeStation(id, in.optionalText("name"), position,
                position == null ? null : districts.codeAt(position));
        return core.write(request, command).thenApply(o -> ApiReply.ok(current(id)));
    }

    private CompletableFuture<ApiReply> close(ApiRequest request) {
        return core.submit(request, new CloseStation(request.variable("id")))
                .thenApply(o -> ApiReply.noContent());
    }

    /** The station (the record is its JSON form: id, name, agency, district, position), or a 404. */
    private Station current(String id) {
        Station station = core.model().station(id);
        if (station == null) {
            throw new ApiError(404, "UNKNOWN_STATION", "no station " + id, null);
        }
        return station;
    }

    /** An id fit for a URL path: letters, digits, '-', '_' and '.', at most 40. */
    public static String id(String id) {
        if (!id.matches("[\\p{L}\\p{N}._-]{1,40}")) {
            throw ApiError.badField("id", "id must be 1 to 40 letters, digits, '-', '_' or '.'");
        }
        return id;
    }
}
