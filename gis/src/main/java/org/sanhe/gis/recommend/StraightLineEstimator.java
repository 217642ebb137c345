package org.sanhe.gis.recommend;

import java.util.List;
import java.util.Map;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * The first travel-time estimate: great-circle distance times a detour factor, divided by a speed. The speed is the
 * slowest among the unit's capabilities that have one configured (a ladder truck is slower than a pumper, a
 * motorcycle faster than a car), else its agency's, else the default. Immutable and thread-safe.
 */
public final class StraightLineEstimator implements TravelTimeEstimator {

    private final double detourFactor;
    private final Map<String, Double> metersPerSecondByAgency;
    private final Map<String, Double> metersPerSecondByCapability;
    private final double defaultMetersPerSecond;

    /**
     * @param detourFactor                road distance over straight-line distance, at least 1 (cities: about 1.3-1.5)
     * @param metersPerSecondByAgency     average emergency speed per agency
     * @param metersPerSecondByCapability speeds for unit types that differ from their agency's
     * @param defaultMetersPerSecond      speed for anything else
     */
    public StraightLineEstimator(double detourFactor, Map<String, Double> metersPerSecondByAgency,
                                 Map<String, Double> metersPerSecondByCapability, double defaultMetersPerSecond) {
        if (!(detourFactor >= 1.0) || !(defaultMetersPerSecond > 0)) {
            throw new IllegalArgumentException("detourFactor must be >= 1 and speeds positive");
        }
        this.detourFactor = detourFactor;
        this.metersPerSecondByAgency = Map.copyOf(metersPerSecondByAgency);
        this.metersPerSecondByCapability = Map.copyOf(metersPerSecondByCapability);
        this.defaultMetersPerSecond = defaultMetersPerSecond;
    }

    /**
     * Urban defaults for Xi'an: detour 1.4; police and traffic police 40 km/h, fire 35 km/h, motorcycles 50 km/h,
     * ladders and hazmat units 30 km/h. Placeholders to be tuned against real response times.
     */
    public static StraightLineEstimator urbanDefaults() {
        return new StraightLineEstimator(1.4, Map.of("police", kmh(40), "traffic", kmh(40), "fire", kmh(35)),
                Map.of("motorcycle", kmh(50), "ladder", kmh(30), "hazmat", kmh(30)), kmh(35));
    }

    @Override
    public TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units) {
        TravelEstimate[] out = new TravelEstimate[units.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimate(destination, units.get(i));
        }
        return out;
    }

    /** One unit's estimate: great-circle metres, and those times the detour factor over its speed. */
    public TravelEstimate estimate(GeoPoint destination, TrackedUnit unit) {
        double meters = unit.position().metersTo(destination);
        return new TravelEstimate(meters * detourFactor / speed(unit), meters, EtaSource.STRAIGHT_LINE);
    }

    /** The speed used for this unit, in metres per second. */
    public double speed(TrackedUnit unit) {
        double speed = Double.POSITIVE_INFINITY;
        for (String capability : unit.capabilities()) {
            Double s = metersPerSecondByCapability.get(capability);
            if (s != null) {
                speed = Math.min(speed, s);
            }
        }
        if (speed == Double.POSITIVE_INFINITY) {
            speed = metersPerSecondByAgency.getOrDefault(unit.agency(), defaultMetersPerSecond);
        }
        return speed;
    }

    private static double kmh(double kilometresPerHour) {
        return kilometresPerHour / 3.6;
    }
}
