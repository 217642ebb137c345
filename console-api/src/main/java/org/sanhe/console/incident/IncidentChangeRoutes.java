package org.sanhe.console.incident;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.model.IncidentView;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.event.NoteAdded;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.gis.district.DistrictMap;

/**
 * Changing incidents: open (the district found here from the location), change, link a call, close. Each answers
 * with the incident as it stands after the command, read from the read model once it holds the command.
 */
public final class IncidentChangeRoutes {

    private final CoreAccess core;
    private final DistrictMap districts;

    public IncidentChangeRoutes(CoreAccess core, DistrictMap districts) {
        this.core = core;
        this.districts = districts;
    }

    public List<Route> routes() {
        Permission p = Permission.HANDLE_INCIDENTS;
        return List.of(
                Route.post("/api/v1/incidents", p, "Open an incident", this::open),
                Route.patch("/api/v1/incidents/{id}", p, "Change an open incident", this::change),
                Route.post("/api/v1/incidents/{id}/calls", p, "Link a call to an incident", this::link),
                Route.delete("/api/v1/incidents/{id}/calls/{callId}", p,
                        "Unlink a call from an incident (not the call it was opened from)", this::unlink),
                Route.post("/api/v1/incidents/{id}/notes", p, "Add a note to an incident's log", this::note),
                Route.post("/api/v1/incidents/{id}/close", p, "Close an incident", this::close));
    }

    private CompletableFuture<ApiReply> open(ApiRequest request) {
        JsonInput in = request.json();
        String type = in.text("type");
        int priority = in.integer("priority", CentreRules.MIN_PRIORITY, CentreRules.MAX_PRIORITY, 0);
        GeoPoint location = in.optionalPoint("location");
        if (location == null) {
            throw ApiError.badField("location", "location is required");
        }
        String district = districts.codeAt(location);
        OpenIncident command = new OpenIncident(type, priority, location, district, in.optionalText("address"),
                in.optionalText("notes"), in.optionalText("callId"));
        return core.write(request, command).thenApply(outcome -> {
            long id = opened(outcome);
            OpenedIncident reply = new OpenedIncident(IncidentRoutes.view(core.model(), id), district == null ? null
                    : districts.byCode(district).map(d -> d.name()).orElse(null), duplicates(outcome.events()));
            return ApiReply.json(201, reply).withHeader("Location", "/api/v1/incidents/" + id);
        });
    }

    /** What opening answers: the incident, its district's name and the duplicates the core proposed. */
    private record OpenedIncident(@JsonUnwrapped IncidentView incident, String districtName,
                                  List<DuplicateCandidate> duplicates) {
    }

    private static long opened(Outcome outcome) {
        return outcome.events().stream().filter(IncidentOpened.class::isInstance).map(IncidentOpened.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("an accepted OpenIncident opened nothing"))
                .incidentId();
    }

    private static List<DuplicateCandidate> duplicates(List<Event> events) {
        return events.stream().filter(DuplicatesProposed.class::isInstance).map(DuplicatesProposed.class::cast)
                .flatMap(d -> d.candidates().stream()).toList();
    }

    private CompletableFuture<ApiReply> change(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        JsonInput in = request.json();
        String type = in.optionalText("type");
        int priority = in.integer("priority", CentreRules.MIN_PRIORITY, CentreRules.MAX_PRIORITY, 0);
        GeoPoint location = in.optionalPoint("location");
        String address = in.optionalText("address");
        String note = in.optionalText("note");
        if (type == null && priority == 0 && location == null && address == null && note == null) {
            throw new ApiError(400, "NOTHING_TO_CHANGE", "give at least one of type, priority, location, address, "
                    + "note", null);
        }
        String district = location == null ? null : districts.codeAt(location);
        return afterwards(request, id, new UpdateIncident(id, type, priority, location, district, address, note));
    }

    private CompletableFuture<ApiReply> link(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return afterwards(request, id, new LinkCall(id, request.json().text("callId")));
    }

    /**
     * The core unlinks any bound call (journals written before this route unlinked origin calls too and must replay
     * as they did); the console refuses the call an incident was opened from, which never changes, before asking.
     */
    private CompletableFuture<ApiReply> unlink(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        String callId = request.variable("callId");
        return core.current(request).thenCompose(model -> {
            IncidentView incident = model.incident(id);
            if (incident != null && callId.equals(incident.originCallId())) {
                throw new ApiError(409, "ORIGIN_CALL", "call " + callId + " is the call incident " + id
                        + " was opened from; it cannot be unlinked", null);
            }
            return afterwards(request, id, new UnlinkCall(id, callId));
        });
    }

    /** 201 with the note as recorded: its author and time. */
    private CompletableFuture<ApiReply> note(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        String text = request.json().text("text");
        return core.submit(request, new UpdateIncident(id, null, 0, null, null, null, text)).thenApply(outcome -> {
            NoteAdded added = outcome.events().stream().filter(NoteAdded.class::isInstance)
                    .map(NoteAdded.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("an accepted note added nothing"));
            return ApiReply.json(201, new AddedNote(IncidentView.NoteView.of(added.note()), id, outcome.sequence())).withHeader("Location", "/api/v1/incidents/" + id);
        });
    }

    /** What adding a note answers: the note as recorded, the incident and the command's sequence. */
    private record AddedNote(@JsonUnwrapped IncidentView.NoteView note, long incidentId, long sequence) {
    }

    private CompletableFuture<ApiReply> close(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        JsonInput in = request.json();
        Disposition disposition = in.enumValue("disposition", Disposition.class);
        return afterwards(request, id, new CloseIncident(id, disposition, in.optionalText("note")));
    }

    private CompletableFuture<ApiReply> afterwards(ApiRequest request, long id,
                                                   org.sanhe.dispatch.domain.command.Command command) {
        return core.write(request, command).thenApply(outcome -> ApiReply.ok(IncidentRoutes.view(core.model(), id)));
    }
}
