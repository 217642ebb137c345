package org.sanhe.console.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Enums;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.dispatch.incident.Incident;
import org.sanhe.dispatch.unit.Unit;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadRoute;

/**
 * {@code GET /api/v1/incidents/{id}/route?unit=ID&datum=wgs84|gcj02}: the unit's fastest route by road from its
 * last position to the incident, as a GeoJSON Feature (LineString in the requested datum) with its drive time and
 * length. 404 for an unknown incident or unit, 409 {@code NO_POSITION} when the unit never reported a position and
 * {@code NO_ROUTE} when there is no road network or either end is off it. Advice only: nothing is journaled.
 *
 * <p>The two positions are copied on the core thread; the route (GraphHopper point-to-point, a few milliseconds on
 * a city's network) is computed on the event loop over the read-only, thread-safe {@link RoadNetwork}.
 */
public final class UnitRouteRoutes {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final CoreAccess core;
    private final RoadNetwork roads;

    /** @param roads the road network, or null when none is configured (every request is then 409 NO_ROUTE) */
    public UnitRouteRoutes(CoreAccess core, RoadNetwork roads) {
        this.core = core;
        this.roads = roads;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/incidents/{id}/route", Permission.READ,
                "A unit's route by road to an incident, as GeoJSON", this::route));
    }

    private record Ends(GeoPoint incident, Unit unit) {
    }

    private CompletableFuture<ApiReply> route(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        String unitId = request.query("unit");
        if (unitId == null || unitId.isBlank()) {
            throw ApiError.badField("unit", "unit (a unit id) is required");
        }
        Datum datum = datum(request.query("datum"));
        return core.read(request, centre -> {
            Incident incident = centre.incidents().get(id);
            return incident == null ? null : new Ends(incident.location(), centre.units().get(unitId));
        }).thenApply(ends -> {
            if (ends == null) {
                throw new ApiError(404, "UNKNOWN_INCIDENT", "no incident " + id, null);
            }
            if (ends.unit() == null) {
                throw new ApiError(404, "UNKNOWN_UNIT", "no unit " + unitId, "unit");
            }
            if (ends.unit().position() == null) {
                throw new ApiError(409, "NO_POSITION", "unit " + unitId + " has not reported a position", "unit");
            }
            if (roads == null) {
                throw new ApiError(409, "NO_ROUTE", "no road network is configured (gis.roads.file)", null);
            }
            RoadRoute route = roads.route(ends.unit().position(), ends.incident()).orElseThrow(() -> new ApiError(409,
                    "NO_ROUTE", "no route by road from unit " + unitId + " to incident " + id
                    + " (one of them is off the road network)", null));
            return ApiReply.ok(feature(id, unitId, route, datum));
        });
    }

    private static ObjectNode feature(long incidentId, String unitId, RoadRoute route, Datum datum) {
        Coordinate[] line = route.points().stream().map(p -> new Coordinate(p.lon(), p.lat()))
                .toArray(Coordinate[]::new);
        if (line.length == 1) {
            line = new Coordinate[] {line[0], line[0]};
        }
        ObjectNode properties = GeoJson.object();
        properties.put("incidentId", incidentId);
        properties.put("unitId", unitId);
        properties.put("etaSeconds", Math.round(route.seconds()));
        properties.put("distanceMeters", Math.round(route.meters()));
        properties.put("etaSource", "road");
        properties.put("datum", Enums.code(datum));
        return GeoJson.feature(unitId, GeoJson.geometry(GEOMETRY.createLineString(line), datum), properties);
    }

    private static Datum datum(String text) {
        if (text == null) {
            return Datum.WGS84;
        }
        Datum datum = Enums.parse(text, Datum.class);
        if (datum == null) {
            throw ApiError.badField("datum", "datum must be wgs84 or gcj02");
        }
        return datum;
    }
}
