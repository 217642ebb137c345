package org.sanhe.console.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.audit.TimelineEntry;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.interop.cap.AlertDistricts;

/**
 * {@code /api/v1/audit/...}: timeline, state at a moment, verification, key figures. The journal is read on the
 * single audit thread, never on an event loop. The state, KPI and timeline reads start from the newest of the
 * runtime's snapshots that gives the same answer as a read from the journal's first entry, so their cost follows the
 * journal after that snapshot, not the whole journal; verification always reads the whole journal.
 */
public final class AuditRoutes {

    private final CoreAccess core;
    private final Path journalDir;
    private final Executor auditExecutor;
    private final DispatchJson json;
    private final EpochClock clock;
    private final SnapshotStarts starts;
    private final AlertDistricts alertDistricts;

    /**
     * @param snapshots      the runtime's snapshots, which the state, KPI and timeline reads start from when they can
     * @param alertDistricts the districts a replayed state's alerts touch
     */
    public AuditRoutes(CoreAccess core, Path journalDir, SnapshotSource snapshots, Executor auditExecutor,
                       DispatchJson json, EpochClock clock, AlertDistricts alertDistricts) {
        this.alertDistricts = alertDistricts;
        this.core = core;
        this.journalDir = journalDir;
        this.starts = new SnapshotStarts(snapshots);
        this.auditExecutor = auditExecutor;
        this.json = json;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/audit/incidents/{id}/timeline", Permission.AUDIT,
                        "Every command that touched an incident, with its events", this::timeline),
                Route.get("/api/v1/incidents/{id}/timeline", Permission.READ,
                        "The same timeline for those who work the incident (the dispatcher's history of it)",
                        this::timeline),
                Route.get("/api/v1/audit/state", Permission.AUDIT,
                        "The centre replayed up to a sequence or an ISO-8601 instant (at=), from the newest snapshot "
                                + "at or before it; the chain is verified from that snapshot on", this::state),
                Route.get("/api/v1/audit/verify", Permission.AUDIT,
                        "Verify the journal's whole hash chain and replay it from its start to its state hash",
                        this::verify),
                Route.get("/api/v1/audit/kpis", Permission.AUDIT,
                        "Answer times, call processing, acknowledgement and arrival, abandoned calls, answer times "
                                + "per call-taker, overrides per dispatcher and calls per line and hour over a period; "
                                + "JSON or CSV", this::kpis));
    }

    private CompletableFuture<ApiReply> onAuditThread(ApiRequest request, Function<AuditReader, ApiReply> work) {
        return CompletableFuture.supplyAsync(() -> {
            try (AuditReader reader = AuditReader.open(journalDir)) {
                return work.apply(reader);
            }
        }, auditExecutor).thenApplyAsync(Function.identity(), request.executor());
    }

    /**
     * Read from the newest snapshot stamped before the incident was opened, as the read model knows it; for an
     * incident the model does not know, from the newest snapshot at or before the model's sequence (the journal did
     * not open it by then).
     */
    private CompletableFuture<ApiReply> timeline(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        Opening opening = Opening.of(core.model(), id);
        return onAuditThread(request, reader -> {
                    SnapshotSource.Restored start = opening == null ? null : opening.openedAt() == null
                            ? starts.atOrBefore(opening.lastSequence()) : starts.stampedBefore(opening.openedAt());
                    List<TimelineEntry> timeline = reader.timeline(start, id);
                    if (timeline.isEmpty()) {
                        throw new ApiError(404, "UNKNOWN_INCIDENT", "the journal never opened incident " + id, null);
                    }
                    ArrayNode array = json.mapper().createArrayNode();
                    for (TimelineEntry e : timeline) {
                        ObjectNode node = json.stamp(e.sequence(), e.timestamp(), e.actor());
                        node.set("command", json.command(e.command()));
                        node.set("events", json.events(e.events()));
                        array.add(node);
                    }
                    return ApiReply.ok(array);
                });
    }

    /**
     * The centre at the point, replayed from the newest snapshot at or before it: the same centre as a replay from the
     * journal's start. {@code chainOk} covers the entries read, from {@code chainVerifiedFrom} (the one after
     * {@code fromSnapshot}, checked against the snapshot's recorded link) to {@code lastSequence};
     * {@code /audit/verify} checks the whole chain.
     */
    private CompletableFuture<ApiReply> state(ApiRequest request) {
        String at = request.query("at");
        AuditPoint point = AuditPoint.parse(at);
        return onAuditThread(request, reader -> {
            SnapshotSource.Restored start = starts.at(point);
            AuditReader.Replayed replayed = reader.replay(start, point.upTo());
            return ApiReply.ok(AuditViews.State.of(at, replayed, start, alertDistricts));
        });
    }

    /**
     * {@code from} and {@code to} are ISO-8601 instants; by default the 24 hours up to now. Replayed from the newest
     * snapshot stamped before {@code from}: the entries in the period, and the state they met, are those of a replay
     * from the journal's start.
     */
    private CompletableFuture<ApiReply> kpis(ApiRequest request) {
        long to = instant(request.query("to"), "to", clock.millis());
        long from = instant(request.query("from"), "from", to - 24 * 3_600_000L);
        if (from > to) {
            throw ApiError.badField("from", "from must not be after to");
        }
        boolean csv = wantsCsv(request);
        return onAuditThread(request, reader -> {
            Kpis kpis = new Kpis(from, to);
            SnapshotSource.Restored start = starts.stampedBefore(from);
            reader.replay(start, AuditReader.untilInstant(to), kpis::accept);
            ObjectNode node = kpis.view();
            putSnapshot(node, start);
            return csv ? ApiReply.text(200, "text/csv; charset=utf-8", KpiCsv.of(node))
                    .withHeader("Content-Disposition", "attachment; filename=\"kpis.csv\"") : ApiReply.ok(node);
        });
    }

    /** {@code ?format=csv} or {@code Accept: text/csv} (and {@code ?format=json} wins over the header). */
    private static boolean wantsCsv(ApiRequest request) {
        String format = request.query("format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ApiError.badField("format", "format must be json or csv");
        }
        if (format != null) {
            return format.equals("csv");
        }
        String accept = request.accept();
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    /** {@code fromSnapshot}: the sequence of the snapshot a replay started from, null for the journal's start. */
    private static void putSnapshot(ObjectNode node, SnapshotSource.Restored start) {
        Long from = AuditViews.fromSnapshot(start);
        if (from == null) {
            node.putNull("fromSnapshot");
        } else {
            node.put("fromSnapshot", from);
        }
    }

    private static long instant(String text, String field, long otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ApiError.badField(field, field + " must be an ISO-8601 instant such as 2026-11-27T08:00:00Z");
        }
    }

    /**
     * The journal verified and replayed to its end, and the live state hash at a sequence, read first: the hash of
     * the read model's centre (the core's state at that sequence, kept by the console from the published commands),
     * taken on the audit thread, never on the core's. An auditor can check it against an offline
     * {@code journal replay --until live.lastSequence}.
     */
    private CompletableFuture<ApiReply> verify(ApiRequest request) {
        return core.current(request).thenCompose(current -> onAuditThread(request, reader -> {
                    ReadModel.Hashed live = current.hashed();
                    AuditReader.Replayed replayed = reader.replay(e -> true);
                    return ApiReply.ok(AuditViews.Verified.of(replayed, live));
                }));
    }

    /**
     * When the read model says an incident was opened (null when it does not know it), and the model's sequence,
     * read in that order: a model that does not know the incident did not know it at that sequence either.
     */
    private record Opening(Long openedAt, long lastSequence) {

        static Opening of(ReadModel model, long incidentId) {
            long sequence = model.sequence();
            IncidentView incident = model.incident(incidentId);
            return new Opening(incident == null ? null : incident.openedAt(), sequence);
        }
    }
}
