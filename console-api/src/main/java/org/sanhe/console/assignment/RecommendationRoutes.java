package org.sanhe.console.assignment;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.incident.IncidentRoutes;
import org.sanhe.console.json.ApiCode;
import org.sanhe.console.model.IncidentView;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.gis.recommend.Candidate;
import org.sanhe.gis.recommend.EtaSource;
import org.sanhe.gis.recommend.NeedRecommendation;
import org.sanhe.gis.recommend.Reasons;
import org.sanhe.gis.recommend.Recommendation;
import org.sanhe.gis.recommend.Recommender;

/**
 * {@code GET /api/v1/incidents/{id}/recommendations}: for each open need of the incident's response plan, the
 * available suitable units ranked by estimated travel time, with their reasons. Advice only: nothing is journaled.
 * The incident's location and coverage come from the read model; the recommender runs on the event loop
 * (it reads the thread-safe unit locator and takes well under a millisecond).
 */
public final class RecommendationRoutes {

    private final CoreAccess core;
    private final Recommender recommender;
    private final EpochClock clock;

    public RecommendationRoutes(CoreAccess core, Recommender recommender, EpochClock clock) {
        this.core = core;
        this.recommender = recommender;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/incidents/{id}/recommendations", Permission.READ,
                "Units proposed for an incident's open needs", this::recommend));
    }

    private CompletableFuture<ApiReply> recommend(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return core.current(request).thenApply(model -> {
            IncidentView incident = IncidentRoutes.view(model, id);
            Recommendation r = recommender.recommend(incident.location(), incident.coverage().coverage(),
                    clock.millis());
            return ApiReply.ok(RecommendationView.of(id, r));
        });
    }

    /** The recommendation as the console shows it. */
    record RecommendationView(long incidentId, String district, boolean fillsPlan, List<NeedView> needs) {

        static RecommendationView of(long incidentId, Recommendation r) {
            return new RecommendationView(incidentId, r.district(), r.fillsPlan(), r.needs().stream()
                    .map(NeedView::of).toList());
        }
    }

    /** One need of the plan: the units picked for it, the alternates and the suitable units without a position. */
    record NeedView(String agency, List<String> capabilities, int count, int shortfall, List<CandidateView> picked,
                    List<CandidateView> alternates, List<String> withoutPosition) {

        static NeedView of(NeedRecommendation n) {
            return new NeedView(n.need().agency(), List.copyOf(n.need().capabilities()), n.need().count(),
                    n.shortfall(), n.picked().stream().map(CandidateView::of).toList(),
                    n.alternates().stream().map(CandidateView::of).toList(), List.copyOf(n.withoutPosition()));
        }
    }

    /** A unit proposed, with its estimate and the reasons for its rank. */
    record CandidateView(String unitId, String callSign, String agency,
                         @JsonSerialize(using = ApiCode.class) UnitStatus status, long etaSeconds,
                         long distanceMeters, @JsonSerialize(using = ApiCode.class) EtaSource etaSource,
                         ReasonsView reasons) {

        static CandidateView of(Candidate c) {
            Reasons r = c.reasons();
            return new CandidateView(c.unit().id(), c.unit().callSign(), c.unit().agency(), c.unit().status(),
                    Math.round(r.etaSeconds()), Math.round(r.distanceMeters()), r.etaSource(),
                    new ReasonsView(r.etaSource(), r.sameDistrict(), r.firstDue(), List.copyOf(r.matchedCapabilities()),
                            r.positionAgeMillis(), r.warnings().stream().map(ApiCode::code).toList()));
        }
    }

    record ReasonsView(@JsonSerialize(using = ApiCode.class) EtaSource etaSource, boolean sameDistrict,
                       boolean firstDue, List<String> matchedCapabilities, long positionAgeMillis,
                       List<String> warnings) {
    }
}
