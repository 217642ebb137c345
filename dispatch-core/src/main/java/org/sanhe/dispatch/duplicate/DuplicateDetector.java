package org.sanhe.dispatch.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.sanhe.dispatch.call.Call;
import org.sanhe.dispatch.call.CallBook;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.dispatch.incident.Incident;
import org.sanhe.dispatch.incident.IncidentBook;
import org.sanhe.dispatch.rules.DuplicatePolicy;

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
        for (Incident incident : incidents.open()) {
            if (incident.id() == exclude) {
                continue;
            }
            long apart = Math.max(0, now - incident.openedAt());
            double meters = where == null ? -1 : where.metersTo(incident.location());
            boolean near = meters >= 0 && meters <= policy.radiusMeters() && apart <= policy.windowMillis();
            boolean sameCaller = callerNumber != null && apart <= policy.windowMillis()
                    && hasCaller(incident, callerNumber);
            if (near || sameCaller) {
                found.add(score(policy, incident, meters, apart, sameCaller, typeAffinity.applyAsDouble(incident)));
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparingLong(DuplicateCandidate::incidentId));
        return found.size() > policy.maxCandidates() ? List.copyOf(found.subList(0, policy.maxCandidates())) : found;
    }

    private boolean hasCaller(Incident incident, String callerNumber) {
        for (String callId : incident.callIds()) {
            Call call = calls.get(callId);
            if (call != null && callerNumber.equals(call.callerNumber())) {
                return true;
            }
        }
        return false;
    }

    private static DuplicateCandidate score(DuplicatePolicy policy, Incident incident, double meters, long apart,
                                            boolean sameCaller, double typePart) {
        double distancePart = meters < 0 ? 0 : fraction(meters, policy.radiusMeters());
        double timePart = fraction(apart, policy.windowMillis());
        double callerPart = sameCaller ? 1 : 0;
        double weighted = policy.distanceWeight() * distancePart + policy.timeWeight() * timePart
                + policy.typeWeight() * typePart + policy.callerWeight() * callerPart;
        double score = Math.round(weighted / policy.totalWeight() * 1000) / 1000.0;
        return new DuplicateCandidate(incident.id(), score, meters < 0 ? -1 : Math.round(meters), apart,
                round(distancePart), round(timePart), typePart, callerPart);
    }

    /** 1 at zero, falling linearly to 0 at the limit. */
    private static double fraction(double value, double limit) {
        return limit <= 0 ? (value <= 0 ? 1 : 0) : Math.max(0, 1 - value / limit);
    }

    private static double round(double part) {
        return Math.round(part * 1000) / 1000.0;
    }
}
