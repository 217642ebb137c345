package org.sanhe.console.assignment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Enums;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.gis.recommend.Candidate;
import org.sanhe.gis.recommend.NeedRecommendation;
import org.sanhe.gis.recommend.Recommendation;
import org.sanhe.gis.recommend.Recommender;

/**
 * {@code GET /api/v1/incidents/{id}/recommendations}: for each open need of the incident's response plan, the
 * available suitable units ranked by estimated travel time, with their reasons. Advice only: nothing is journaled.
 * The incident's location and coverage are copied on the core thread; the recommender runs on the event loop
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

    private record Subject(GeoPoint location, Coverage coverage) {
    }

    private CompletableFuture<ApiReply> recommend(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return core.read(request, centre -> {
            Incident incident = centre.incidents().get(id);
            return incident == null ? null : new Subject(incident.location(), centre.coverage(incident));
        }).thenApply(subject -> {
            if (subject == null) {
                throw new ApiError(404, "UNKNOWN_INCIDENT", "no incident " + id, null);
            }
            Recommendation r = recommender.recommend(subject.location(), subject.coverage(), clock.millis());
            return ApiReply.ok(view(id, r));
        });
    }

    private static ObjectNode view(long incidentId, Recommendation recommendation) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("incidentId", incidentId);
        node.put("district", recommendation.district());
        node.put("fillsPlan", recommendation.fillsPlan());
        ArrayNode needs = node.putArray("needs");
        for (NeedRecommendation need : recommendation.needs()) {
            ObjectNode n = needs.addObject();
            n.put("agency", need.need().agency());
            need.need().capabilities().forEach(n.putArray("capabilities")::add);
            n.put("count", need.need().count());
            n.put("shortfall", need.shortfall());
            ArrayNode picked = n.putArray("picked");
            need.picked().forEach(c -> picked.add(candidate(c)));
            ArrayNode alternates = n.putArray("alternates");
            need.alternates().forEach(c -> alternates.add(candidate(c)));
            need.withoutPosition().forEach(n.putArray("withoutPosition")::add);
        }
        return node;
    }

    private static ObjectNode candidate(Candidate c) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("unitId", c.unit().id());
        node.put("callSign", c.unit().callSign());
        node.put("agency", c.unit().agency());
        node.put("status", Enums.code(c.unit().status()));
        node.put("etaSeconds", Math.round(c.reasons().etaSeconds()));
        node.put("distanceMeters", Math.round(c.reasons().distanceMeters()));
        node.put("etaSource", Enums.code(c.reasons().etaSource()));
        ObjectNode reasons = node.putObject("reasons");
        reasons.put("etaSource", Enums.code(c.reasons().etaSource()));
        reasons.put("sameDistrict", c.reasons().sameDistrict());
        reasons.put("firstDue", c.reasons().firstDue());
        c.reasons().matchedCapabilities().forEach(reasons.putArray("matchedCapabilities")::add);
        reasons.put("positionAgeMillis", c.reasons().positionAgeMillis());
        c.reasons().warnings().forEach(w -> reasons.withArray("warnings").add(Enums.code(w)));
        if (!reasons.has("warnings")) {
            reasons.putArray("warnings");
        }
        return node;
    }
}
