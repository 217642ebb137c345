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
import org.sanhe.console.http.Route;
import org.sanhe.console.incident.IncidentRoutes;
import org.sanhe.console.json.ApiCode;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.UnitView;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.recommend.EtaSource;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.recommend.TravelEstimate;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadRoute;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * {@code GET /api/v1/incidents/{id}/route?unit=ID&datum=wgs84|gcj02}: the unit's fastest route by road from its
 * last position to the incident, as a GeoJSON Feature (LineString in the requested datum) with its drive time and
 * length, {@code etaSource: road}. When the unit or the incident is off the network, the same as the recommendation
 * does: the straight line between them with the straight-line estimate, {@code etaSource: straight-line}. 404 for an
 * unknown incident or unit, 409 {@code NO_POSITION} when the unit never reported a position and {@code NO_ROUTE}
 * when no road network is configured, or GraphHopper finds no route between two points on it. Advice only: nothing
 * is journaled.
 *
 * <p>The two positions come from the read model; the route (GraphHopper point-to-point, a few milliseconds on
 * a city's network) is computed on the event loop over the read-only, thread-safe {@link RoadNetwork}.
 */
public final class UnitRouteRoutes {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final CoreAccess core;
    private final RoadNetwork roads;
    private final StraightLineEstimator straightLine;

    /**
     * @param roads        the road network, or null when none is configured (every request is then 409 NO_ROUTE)
     * @param straightLine the estimate for a unit or incident off the network, as the recommender's
     */
    public UnitRouteRoutes(CoreAccess core, RoadNetwork roads, StraightLineEstimator straightLine) {
        this.core = core;
        this.roads = roads;
        this.straightLine = straightLine;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/incidents/{id}/route", Permission.READ,
                "A unit's route by road to an incident, as GeoJSON", this::route));
    }

    private record Ends(GeoPoint incident, TrackedUnit unit) {
    }

    private CompletableFuture<ApiReply> route(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        String unitId = request.query("unit");
        if (unitId == null || unitId.isBlank()) {
            throw ApiError.badField("unit", "unit (a unit id) is required");
        }
        Datum datum = request.datum();
        return core.current(request).thenApply(model -> {
            IncidentView incident = IncidentRoutes.view(model, id);
            UnitView unit = model.unit(unitId);
            return new Ends(incident.location(), unit == null ? null : unit.tracked());
        }).thenApply(ends -> {
            if (ends.unit() == null) {
                throw new ApiError(404, "UNKNOWN_UNIT", "no unit " + unitId, "unit");
            }
            if (ends.unit().position() == null) {
                throw new ApiError(409, "NO_POSITION", "unit " + unitId + " has not reported a position", "unit");
            }
            if (roads == null) {
                throw new ApiError(409, "NO_ROUTE", "no road network is configured (gis.roads.file)", null);
            }
            GeoPoint from = ends.unit().position();
            if (roads.snap(from).isEmpty() || roads.snap(ends.incident()).isEmpty()) {
                TravelEstimate estimate = straightLine.estimate(ends.incident(), ends.unit());
                return ApiReply.ok(feature(id, unitId, List.of(from, ends.incident()), estimate, datum));
            }
            RoadRoute route = roads.route(from, ends.incident()).orElseThrow(() -> new ApiError(409, "NO_ROUTE",
                    "no route by road from unit " + unitId + " to incident " + id, null));
            return ApiReply.ok(feature(id, unitId, route.points(),
                    new TravelEstimate(route.seconds(), route.meters(), EtaSource.ROAD), datum));
        });
    }

    private static ObjectNode feature(long incidentId, String unitId, List<GeoPoint> points, TravelEstimate travel,
                                      Datum datum) {
        Coordinate[] line = points.stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new);
        if (line.length == 1) {
            line = new Coordinate[] {line[0], line[0]};
        }
        ObjectNode properties = GeoJson.object();
        properties.put("incidentId", incidentId);
        properties.put("unitId", unitId);
        properties.put("etaSeconds", Math.round(travel.seconds()));
        properties.put("distanceMeters", Math.round(travel.meters()));
        properties.put("etaSource", ApiCode.code(travel.source()));
        properties.put("datum", ApiCode.code(datum));
        return GeoJson.feature(unitId, GeoJson.geometry(GEOMETRY.createLineString(line), datum), properties);
    }

}
