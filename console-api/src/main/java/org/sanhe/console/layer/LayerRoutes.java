package org.sanhe.console.layer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.UnitView;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.layer.LiveLayers;
import org.sanhe.gis.layer.StaticLayers;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.station.StationDirectory;

/**
 * {@code GET /api/v1/layers/{districts|stations|station-areas|units|incidents}?datum=wgs84|gcj02}. The districts are
 * drawn once per datum; the stations and their areas once per datum and change of the stations.
 */
public final class LayerRoutes {

    private static final List<String> LAYERS = List.of("districts", "stations", "station-areas", "units",
            "incidents");

    private final CoreAccess core;
    private final DistrictMap districts;
    private final StationDirectory stations;
    private final Map<String, ApiReply> staticReplies = new ConcurrentHashMap<>();
    private volatile long cachedVersion;

    /** @param stations the live stations, or null for none */
    public LayerRoutes(CoreAccess core, DistrictMap districts, StationDirectory stations) {
        this.core = core;
        this.districts = districts;
        this.stations = stations;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/layers/{layer}", Permission.READ,
                "A map layer as GeoJSON: " + String.join(", ", LAYERS), this::layer));
    }

    private CompletableFuture<ApiReply> layer(ApiRequest request) {
        String layer = request.variable("layer");
        Datum datum = request.datum();
        return switch (layer) {
            case "districts" -> cached(layer, datum, d -> StaticLayers.districts(districts, d));
            case "stations" -> cached(layer + "@" + version(), datum, d -> stations == null ? empty()
                    : StaticLayers.stations(stations.stations(), d));
            case "station-areas" -> cached(layer + "@" + version(), datum, d -> stations == null ? empty()
                    : StaticLayers.stationAreas(stations.areas(), d));
            case "units" -> core.current(request).thenApply(model -> ApiReply.ok(LiveLayers.units(
                    model.units().stream().map(UnitView::tracked).toList(), datum)));
            case "incidents" -> core.current(request).thenApply(model -> ApiReply.ok(LiveLayers.marks(
                    model.openIncidents().stream().map(IncidentView::mark).toList(), datum)));
            default -> throw new ApiError(404, "UNKNOWN_LAYER", "no layer " + layer + "; there are " + LAYERS, null);
        };
    }

    /** A layer drawn once per datum (station layers once per datum and version of the stations). */
    private CompletableFuture<ApiReply> cached(String key, Datum datum, Function<Datum, ObjectNode> build) {
        long version = version();
        if (version != cachedVersion) {
            staticReplies.keySet().removeIf(k -> k.contains("@"));
            cachedVersion = version;
        }
        return CompletableFuture.completedFuture(staticReplies.computeIfAbsent(key + "/" + datum,
                k -> ApiReply.ok(build.apply(datum))));
    }

    private long version() {
        return stations == null ? 0 : stations.version();
    }

    private static ObjectNode empty() {
        return GeoJson.featureCollection(List.of());
    }

}
