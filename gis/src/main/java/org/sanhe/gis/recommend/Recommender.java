package org.sanhe.gis.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.Nearby;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/**
 * Proposes units for an incident's open needs: for each need, the available units of its agency that have its
 * capabilities, ranked by estimated travel time, the fastest {@code count} picked and the next ones listed as
 * alternates, each with its {@link Reasons}. Needs that ask for more capabilities are filled first (as the core's
 * {@link Coverage} counts them), and a unit is proposed for one need only.
 *
 * <p>Called by the console API's request threads (or the server's agent) with the current time; it reads the
 * tracker's live state and holds none of its own, so it is thread-safe. It advises only: nothing it returns enters
 * the dispatch state unless the dispatcher sends {@code AssignUnit}.
 */
public final class Recommender {

    private final UnitLocator units;
    private final DistrictMap districts;
    private final Supplier<StationAreas> stationAreas;
    private final TravelTimeEstimator travel;
    private final RecommenderSettings settings;

    /** @param stationAreas the first-due areas as they are now (e.g. {@code StationDirectory::areas}) */
    public Recommender(UnitLocator units, DistrictMap districts, Supplier<StationAreas> stationAreas,
                       TravelTimeEstimator travel, RecommenderSettings settings) {
        this.units = units;
        this.districts = districts;
        this.stationAreas = stationAreas;
        this.travel = travel;
        this.settings = settings;
    }

    /** Proposals for the open part of an incident's coverage (needs already met are left out). */
    public Recommendation recommend(GeoPoint location, Coverage coverage, long now) {
        List<Need> open = new ArrayList<>();
        for (NeedCoverage need : coverage.needs()) {
            if (need.open() > 0) {
                open.add(new Need(need.agency(), need.open(), need.capabilities()));
            }
        }
        return recommend(location, open, now);
    }

    /** Proposals for these needs at {@code location}; {@code now} (epoch ms) dates the positions' age. */
    public Recommendation recommend(GeoPoint location, List<Need> needs, long now) {
        String district = districts.codeAt(location);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -needs.get(i).capabilities().size()));
        Set<String> taken = new HashSet<>();
        NeedRecommendation[] out = new NeedRecommendation[needs.size()];
        for (int i : order) {
            out[i] = recommend(location, district, needs.get(i), taken, now);
        }
        return new Recommendation(location, district, List.of(out));
    }

    private NeedRecommendation recommend(GeoPoint location, String district, Need need, Set<String> taken,
                                         long now) {
        Predicate<TrackedUnit> suitable = u -> u.status() == UnitStatus.AVAILABLE
                && need.isMetBy(u.agency(), u.capabilities()) && !taken.contains(u.id());
        int wanted = need.count() + settings.alternates();
        List<Nearby> pool = units.nearest(location, need.agency(), wanted + settings.extraPool(), suitable);
        List<TrackedUnit> pooled = pool.stream().map(Nearby::unit).toList();
        TravelEstimate[] travels = travel.estimate(location, pooled);
        double[] distance = new double[travels.length];
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < travels.length; i++) {
            distance[i] = pooled.get(i).position().metersTo(location);
            ranked.add(i);
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> travels[i].seconds())
                .thenComparingDouble(i -> distance[i]).thenComparing(i -> pooled.get(i).id()));
        String firstDue = stationAreas.get().firstDue(need.agency(), location).map(Station::id).orElse(null);
        List<Candidate> picked = new ArrayList<>();
        List<Candidate> alternates = new ArrayList<>();
        for (int r = 0; r < Math.min(wanted, ranked.size()); r++) {
            int i = ranked.get(r);
            Candidate candidate = new Candidate(pooled.get(i),
                    reasons(pooled.get(i), district, firstDue, need, travels[i], now));
            (r < need.count() ? picked : alternates).add(candidate);
        }
        picked.forEach(c -> taken.add(c.unit().id()));
        List<String> unplaced = units.withoutPosition(need.agency(), suitable).stream().map(TrackedUnit::id).toList();
        return new NeedRecommendation(need, picked, alternates, unplaced);
    }

    private Reasons reasons(TrackedUnit unit, String district, String firstDueStation, Need need,
                            TravelEstimate travel, long now) {
        boolean sameDistrict = district != null && district.equals(districts.codeAt(unit.position()));
        boolean firstDue = unit.station() != null && unit.station().equals(firstDueStation);
        boolean timeKnown = unit.positionAt() != 0;
        long age = timeKnown ? now - unit.positionAt() : -1;
        List<Warning> warnings = new ArrayList<>();
        if (!timeKnown) {
            warnings.add(Warning.POSITION_TIME_UNKNOWN);
        } else if (age > settings.stalePositionMillis()) {
            warnings.add(Warning.STALE_POSITION);
        }
        return new Reasons(travel.meters(), travel.seconds(), travel.source(), sameDistrict, firstDue,
                need.capabilities(), age, warnings);
    }
}
