package org.sanhe.console.incident;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;

/**
 * Reading incidents, each with its coverage, from the read model: {@code GET /api/v1/incidents?status=open|all} and
 * {@code GET /api/v1/incidents/{id}}. A listing is written once per version of the model, an incident once per
 * version of its view, and the bytes are shared by every request that asks for the same one.
 */
public final class IncidentRoutes {

    /** The most replies of single incidents kept; the cache starts again when it grows beyond. */
    private static final int MAX_CACHED = 10_000;

    private final CoreAccess core;
    private volatile ListReply open = ListReply.NONE;
    private volatile ListReply all = ListReply.NONE;
    /** The reply last written for each incident, with the view it was written from. */
    private final Map<Long, OneReply> ones = new ConcurrentHashMap<>();

    public IncidentRoutes(CoreAccess core) {
        this.core = core;
    }

    /** An incident's reply as written from one of its views (views are immutable: the same view, the same bytes). */
    private record OneReply(IncidentView view, ApiReply reply) {
    }

    /** A listing's reply as written at a sequence of the model. */
    private record ListReply(long sequence, ApiReply reply) {
        static final ListReply NONE = new ListReply(-1, null);
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/incidents", Permission.READ, "Incidents with their coverage (status=open|all)", this::list),
                Route.get("/api/v1/incidents/{id}", Permission.READ, "One incident with its coverage", this::one));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        String status = request.query("status");
        if (status != null && !status.equals("open") && !status.equals("all")) {
            throw ApiError.badField("status", "status must be open or all");
        }
        boolean everything = "all".equals(status);
        return core.current(request).thenApply(model -> {
            ListReply cached = everything ? all : open;
            long sequence = model.sequence();
            if (cached.sequence() == sequence) {
                return cached.reply();
            }
            ApiReply reply = ApiReply.ok(List.copyOf(everything ? model.incidents() : model.openIncidents()));
            if (everything) {
                all = new ListReply(sequence, reply);
            } else {
                open = new ListReply(sequence, reply);
            }
            return reply;
        });
    }

    private CompletableFuture<ApiReply> one(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return core.current(request).thenApply(model -> {
            IncidentView view = view(model, id);
            OneReply cached = ones.get(id);
            if (cached != null && cached.view() == view) {
                return cached.reply();
            }
            if (ones.size() >= MAX_CACHED) {
                ones.clear();
            }
            ApiReply reply = ApiReply.ok(view);
            ones.put(id, new OneReply(view, reply));
            return reply;
        });
    }

    /** The incident with its coverage, or a 404 {@code UNKNOWN_INCIDENT}. */
    public static IncidentView view(ReadModel model, long id) {
        IncidentView view = model.incident(id);
        if (view == null) {
            throw new ApiError(404, "UNKNOWN_INCIDENT", "no incident " + id, null);
        }
        return view;
    }
}
