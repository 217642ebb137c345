package org.sanhe.bench.roads;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.recommend.EtaSource;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.recommend.TravelEstimate;
import org.sanhe.gis.recommend.TravelTimeEstimator;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * The baseline: one GraphHopper point-to-point route per candidate, as lean as GraphHopper's API allows (same
 * profile, no instructions, no points: time and distance only), straight-line when there is none. Thread-safe as
 * GraphHopper is.
 */
final class RoutePerUnitEstimator implements TravelTimeEstimator {

    private final RoadNetwork roads;
    private final StraightLineEstimator fallback;

    RoutePerUnitEstimator(RoadNetwork roads, StraightLineEstimator fallback) {
        this.roads = roads;
        this.fallback = fallback;
    }

    @Override
    public TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units) {
        TravelEstimate[] out = new TravelEstimate[units.size()];
        for (int i = 0; i < out.length; i++) {
            TrackedUnit unit = units.get(i);
            GHRequest request = new GHRequest(unit.position().lat(), unit.position().lon(), destination.lat(),
                    destination.lon()).setProfile(RoadNetwork.PROFILE);
            request.getHints().putObject("instructions", false).putObject("calc_points", false);
            GHResponse response = roads.hopper().route(request);
            out[i] = response.hasErrors() ? fallback.estimate(destination, unit) : new TravelEstimate(
                    response.getBest().getTime() / 1000.0, response.getBest().getDistance(), EtaSource.ROAD);
        }
        return out;
    }
}
