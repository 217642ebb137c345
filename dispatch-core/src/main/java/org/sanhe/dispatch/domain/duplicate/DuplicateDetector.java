package org.sanhe.dispatch.domain.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallBook;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentBook;
import org.sanhe.dispatch.domain.rules.DuplicatePolicy;

/**
 * Scores the open incidents against a subject (a new incident, or a located call). Pure: reads the books it is
 * given, changes nothing.
 */
public final class DuplicateDetector {

    private final IncidentBook incidents;
    private final CallBook calls;

    public DuplicateDetector(IncidentBook incidents, CallBook calls) {
        this.incidents = incidents;
        this.calls = calls;
    }

    /**
     * The candidates for a subject, best first.
     *
     * @param where        the subject's location, or null
     * @param now          the time of the command
     * @param callerNumber the subject's caller, or null
     * @param typeAffinity for a candidate incident, 0..1: how well its type fits the subject
     * @param exclude      an incident never proposed (the subject itself, or the call's own incident), or 0
     */
    public List<DuplicateCandidate> candidates(DuplicatePolicy policy, GeoPoint where, long now, String callerNumber,
                                               ToDoubleFunction<Incident> typeAffinity, long exclude) {
        List<DuplicateCandidate> found = new ArrayList<>();
        if (policy.maxCandidates() == 0) {
            return found;
        }
        SearchBox box = where == null ? null : new SearchBox(where, policy.radiusMeters());
        long[] sameCallerIncidents = incidentsOf(callerNumber);
        for (Incident incident : incidents.open()) {
            if (incident.id() == exclude) {
                continue;
            }
            long apart = Math.max(0, now - incident.openedAt());
            // -1: the subject has no location; NaN: beyond the search box, so not near (measured only if needed)
            double meters = box == null ? -1
                    : box.mayContain(incident.location()) ? where.metersTo(incident.location()) : Double.NaN;
            boolean near = meters >= 0 && meters <= policy.radiusMeters() && apart <= policy.windowMillis();
            boolean sameCaller = apart <= policy.windowMillis() && contains(sameCallerIncidents, incident.id());
            if (near || sameCaller) {
                found.add(score(policy, incident, where, meters, apart, sameCaller, typeAffinity.applyAsDouble(incident)));
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparingLong(DuplicateCandidate::incidentId));
        return found.size() > policy.maxCandidates() ? List.copyOf(found.subList(0, policy.maxCandidates())) : found;
    }

    /** The incidents the caller's calls are bound to now (usually none or one). */
    private long[] incidentsOf(String callerNumber) {
        return calls.fromCaller(callerNumber).stream().mapToLong(Call::incidentId).filter(id -> id != 0)
                .distinct().toArray();
    }

    private static boolean contains(long[] ids, long id) {
        for (long candidate : ids) {
            if (candidate == id) {
                return true;
            }
        }
        return false;
    }

    private static DuplicateCandidate score(DuplicatePolicy policy, Incident incident, GeoPoint where,
                                            double meters, long apart, boolean sameCaller, double typePart) {
        if (Double.isNaN(meters)) {
            meters = where.metersTo(incident.location());
        }
        double distancePart = meters < 0 ? 0 : fraction(meters, policy.radiusMeters());
        double timePart = fraction(apart, policy.windowMillis());
        double callerPart = sameCaller ? 1 : 0;
        double weighted = policy.distanceWeight() * distancePart + policy.timeWeight() * timePart
                + policy.typeWeight() * typePart + policy.callerWeight() * callerPart;
        double score = Math.round(weighted / policy.totalWeight() * 1000) / 1000.0;
        return new DuplicateCandidate(incident.id(), score, meters < 0 ? -1 : Math.round(meters), apart,
                round(distancePart), round(timePart), typePart, callerPart);
    }

    /**
     * A latitude/longitude box a little larger than the radius, so that most incidents are ruled out with two
     * subtractions instead of a haversine. Only a filter: the distance itself is always the haversine.
     */
    private record SearchBox(double minLat, double maxLat, double minLon, double maxLon) {

        /** Metres in a degree of latitude, rounded down (the true value is 110,574 m at the equator and more). */
        private static final double METERS_PER_DEGREE = 110_000;

        SearchBox(GeoPoint centre, double radiusMeters) {
            this(centre.lat() - degrees(radiusMeters), centre.lat() + degrees(radiusMeters),
                    centre.lon() - lonDegrees(centre, radiusMeters), centre.lon() + lonDegrees(centre, radiusMeters));
        }

        private static double degrees(double meters) {
            return meters * 1.05 / METERS_PER_DEGREE;
        }

        private static double lonDegrees(GeoPoint centre, double meters) {
            double farthestLat = Math.min(89.0, Math.abs(centre.lat()) + degrees(meters));
            return degrees(meters) / StrictMath.cos(StrictMath.toRadians(farthestLat));
        }

        boolean mayContain(GeoPoint p) {
            boolean wraps = minLon < -180 || maxLon > 180 || maxLat > 89 || minLat < -89;
            return wraps || p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
        }
    }

    /** 1 at zero, falling linearly to 0 at the limit. */
    private static double fraction(double value, double limit) {
        return limit <= 0 ? (value <= 0 ? 1 : 0) : Math.max(0, 1 - value / limit);
    }

    private static double round(double part) {
        return Math.round(part * 1000) / 1000.0;
    }
}
