package org.sanhe.console.district;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.District;
import org.sanhe.gis.district.DistrictMap;

/** {@code GET /api/v1/districts/at?lat=&lon=}: the district there, or 404 outside the service area. */
public final class DistrictRoutes {

    private final DistrictMap districts;

    public DistrictRoutes(DistrictMap districts) {
        this.districts = districts;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/districts/at", Permission.READ, "The district at a point", this::at));
    }

    private CompletableFuture<ApiReply> at(ApiRequest request) {
        GeoPoint point = new GeoPoint(coordinate(request, "lat", 90), coordinate(request, "lon", 180));
        District district = districts.locate(point).orElseThrow(() -> new ApiError(404, "OUTSIDE_SERVICE_AREA",
                "no district of the service area is at " + point.lat() + ", " + point.lon(), null));
        return CompletableFuture.completedFuture(ApiReply.ok(new DistrictView(district.code(), district.name(),
                district.nameEn())));
    }

    private record DistrictView(String code, String name, String nameEn) {
    }

    /** A query coordinate within {@code [-limit, limit]}; 400 naming it otherwise. */
    static double coordinate(ApiRequest request, String name, double limit) {
        String text = request.query(name);
        if (text == null) {
            throw ApiError.badField(name, name + " is required");
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= -limit && value <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiError.badField(name, name + " must be a number from " + -limit + " to " + limit);
    }
}
