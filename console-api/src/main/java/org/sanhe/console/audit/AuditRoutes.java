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
import java.util.function.Predicate;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.call.CallView;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.incident.IncidentView;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.unit.UnitView;
import org.sanhe.dispatch.audit.AuditReader;
import org.sanhe.dispatch.audit.TimelineEntry;
import org.sanhe.dispatch.audit.Verification;
import org.sanhe.dispatch.centre.Centre;
import org.sanhe.dispatch.journal.JournalEntry;
import org.sanhe.dispatch.time.EpochClock;

/** {@code /api/v1/audit/...}: timeline, state at a moment, verification, key figures. */
public final class AuditRoutes {

    private final CoreAccess core;
    private final Path journalDir;
    private final Executor auditExecutor;
    private final DispatchJson json;
    private final EpochClock clock;

    public AuditRoutes(CoreAccess core, Path journalDir, Executor auditExecutor, DispatchJson json, EpochClock clock) {
        this.core = core;
        this.journalDir = journalDir;
        this.auditExecutor = auditExecutor;
        this.json = json;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/audit/incidents/{id}/timeline", Permission.AUDIT,
                        "Every command that touched an incident, with its events", this::timeline),
                Route.get("/api/v1/audit/state", Permission.AUDIT,
                        "The centre replayed up to a sequence or an ISO-8601 instant (at=)", this::state),
                Route.get("/api/v1/audit/verify", Permission.AUDIT,
                        "Verify the journal's hash chain and replay it to its state hash", this::verify),
                Route.get("/api/v1/audit/kpis", Permission.AUDIT,
                        "Answer times, call processing and calls per line and hour over a period", this::kpis));
    }

    private CompletableFuture<ApiReply> onAuditThread(ApiRequest request, Function<AuditReader, ApiReply> work) {
        return CompletableFuture.supplyAsync(() -> {
            try (AuditReader reader = AuditReader.open(journalDir)) {
                return work.apply(reader);
            }
        }, auditExecutor).thenApplyAsync(Function.identity(), request.executor());
    }

    private CompletableFuture<ApiReply> timeline(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return onAuditThread(request, reader -> {
            List<TimelineEntry> timeline = reader.timeline(id);
            if (timeline.isEmpty()) {
                throw new ApiError(404, "UNKNOWN_INCIDENT", "the journal never opened incident " + id, null);
            }
            ArrayNode array = Views.NODES.arrayNode();
            for (TimelineEntry e : timeline) {
                ObjectNode node = json.stamp(e.sequence(), e.timestamp(), e.actor());
                node.set("command", json.command(e.command()));
                node.set("events", json.events(e.events()));
                array.add(node);
            }
            return ApiReply.ok(array);
        });
    }

    private CompletableFuture<ApiReply> state(ApiRequest request) {
        String at = request.query("at");
        Predicate<JournalEntry> upTo = upTo(at);
        return onAuditThread(request, reader -> {
            AuditReader.Replayed replayed = reader.replay(upTo);
            Centre centre = replayed.centre();
            ObjectNode node = Views.NODES.objectNode();
            node.put("at", at);
            node.put("lastSequence", centre.lastSequence());
            Views.putTime(node, "lastTime", centre.lastTimestamp());
            node.put("stateHash", centre.stateHash());
            node.put("chainOk", replayed.verification().chainOk());
            ArrayNode calls = node.putArray("calls");
            centre.calls().all().forEach(c -> calls.add(CallView.of(c)));
            ArrayNode incidents = node.putArray("incidents");
            centre.incidents().all().forEach(i -> incidents.add(IncidentView.withCoverage(centre, i)));
            ArrayNode units = node.putArray("units");
            centre.units().all().forEach(u -> units.add(UnitView.of(u)));
            return ApiReply.ok(node);
        });
    }

    private static Predicate<JournalEntry> upTo(String at) {
        if (at == null || at.isBlank()) {
            throw ApiError.badField("at", "at is required: a sequence number or an ISO-8601 instant");
        }
        if (at.chars().allMatch(Character::isDigit)) {
            try {
                return AuditReader.untilSequence(Long.parseLong(at));
            } catch (NumberFormatException e) {
                throw ApiError.badField("at", "the sequence is too large");
            }
        }
        try {
            return AuditReader.untilInstant(Instant.parse(at).toEpochMilli());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ApiError.badField("at", "at must be a sequence number or an ISO-8601 instant such as "
                    + "2026-11-27T08:00:00Z");
        }
    }

    /** {@code from} and {@code to} are ISO-8601 instants; by default the 24 hours up to now. */
    private CompletableFuture<ApiReply> kpis(ApiRequest request) {
        long to = instant(request.query("to"), "to", clock.millis());
        long from = instant(request.query("from"), "from", to - 24 * 3_600_000L);
        if (from > to) {
            throw ApiError.badField("from", "from must not be after to");
        }
        return onAuditThread(request, reader -> {
            Kpis kpis = new Kpis(from, to);
            reader.replay(AuditReader.untilInstant(to), kpis::accept);
            return ApiReply.ok(kpis.view());
        });
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
     * The journal verified and replayed to its end, and the live centre's own state hash at its last sequence, read
     * first (in order with the commands, on the core thread): an auditor can check the live state against an offline
     * {@code journal replay --until live.lastSequence}. The hash takes the core about 0.1 s per million commands.
     */
    private CompletableFuture<ApiReply> verify(ApiRequest request) {
        return core.read(request, centre -> new Live(centre.lastSequence(), centre.stateHash()))
                .thenCompose(live -> onAuditThread(request, reader -> {
                    AuditReader.Replayed replayed = reader.replay(e -> true);
                    Verification v = replayed.verification();
                    ObjectNode node = Views.NODES.objectNode();
                    node.put("entries", v.entries());
                    node.put("lastSequence", v.lastSequence());
                    node.put("chainOk", v.chainOk());
                    node.put("firstBadSequence", v.firstBadSequence());
                    node.put("problem", v.problem());
                    node.put("headLink", v.headLink());
                    node.put("stateHash", replayed.centre().stateHash());
                    ObjectNode liveNode = node.putObject("live");
                    liveNode.put("lastSequence", live.lastSequence());
                    liveNode.put("stateHash", live.stateHash());
                    return ApiReply.ok(node);
                }));
    }

    /** The live centre's last sequence and state hash, read together on the core thread. */
    private record Live(long lastSequence, String stateHash) {
    }
}
