package org.sanhe.gis.recommend;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.roads.DriveTimes;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadPlace;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.roads.UnitPlaces;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * Drive time by road for every candidate in one search: the incident is placed on the network, the units' places
 * are looked up (placed when their positions were reported, {@link UnitPlaces}), and one reverse search from the
 * incident ({@link DriveTimes}) gives each unit's time and distance to it; the search stops when the last unit's
 * road is reached, or at the time limit. A unit that is off the network (more than
 * {@value RoadSettings#MAX_SNAP_METERS} m from a car road of the main network) or beyond the limit, or every unit
 * when the incident is off the network, gets the straight-line estimate, marked {@link EtaSource#STRAIGHT_LINE}.
 *
 * <p>Thread-safe: the places and the search are safe to share; called on the console's request threads. Advice
 * only: nothing it returns is journaled.
 */
public final class RoadTravelTimeEstimator implements TravelTimeEstimator {

    /** One hour: no emergency response is planned beyond it. */
    public static final double DEFAULT_TIME_LIMIT_MILLIS = 3_600_000;

    private final RoadNetwork roads;
    private final UnitPlaces places;
    private final DriveTimes driveTimes;
    private final StraightLineEstimator fallback;
    private final double timeLimitMillis;

    /** Places every candidate when asked (no unit locator tells it of positions): for tests and tools. */
    public RoadTravelTimeEstimator(RoadNetwork roads, StraightLineEstimator fallback) {
        this(roads, new UnitPlaces(roads), fallback, DEFAULT_TIME_LIMIT_MILLIS);
    }

    /**
     * @param places the units' places, fed by the unit locator these units come from (its {@code PositionListener})
     */
    public RoadTravelTimeEstimator(RoadNetwork roads, UnitPlaces places, StraightLineEstimator fallback,
                                   double timeLimitMillis) {
        this.roads = roads;
        this.places = places;
        this.driveTimes = roads.driveTimes();
        this.fallback = fallback;
        this.timeLimitMillis = timeLimitMillis;
    }

    @Override
    public TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units) {
        int n = units.size();
        double[] seconds = new double[n];
        double[] meters = new double[n];
        Arrays.fill(seconds, Double.NaN);
        Optional<RoadPlace> incident = roads.place(destination);
        if (incident.isPresent() && n > 0) {
            driveTimes.toward(incident.get(), places.placesOf(units), timeLimitMillis, seconds, meters);
        }
        TravelEstimate[] out = new TravelEstimate[n];
        for (int i = 0; i < n; i++) {
            out[i] = Double.isNaN(seconds[i]) ? fallback.estimate(destination, units.get(i))
                    : new TravelEstimate(seconds[i], meters[i], EtaSource.ROAD);
        }
        return out;
    }
}
