package org.sanhe.console.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.sanhe.console.json.ApiCode;
import org.sanhe.console.json.ApiTime;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.IncidentStatus;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;
import org.sanhe.dispatch.domain.incident.Responder;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.layer.IncidentMark;

/**
 * An incident as the API and the stream show it, with the coverage of its response plan and
 * {@code dispatchTargetMillis}: how soon after opening the rules want a first unit at its priority (null when they
 * set no target), and for an incident imported from another centre its {@code source} (null for ours) and the
 * {@code reportedCalls} that centre reported (empty for ours), and its {@code responders}: every unit it ever had,
 * serving or released. Immutable; built from the live entity by whoever owns the centre (the read model's projector,
 * an audit replay).
 */
public record IncidentView(long id, String type, int priority,
                           @JsonSerialize(using = ApiCode.class) IncidentStatus status, GeoPoint location,
                           String district, String address,
                           @JsonSerialize(using = ApiTime.class) long openedAt,
                           @JsonSerialize(using = ApiTime.class) long closedAt,
                           @JsonSerialize(using = ApiCode.class) Disposition disposition, String originCallId,
                           List<String> callIds, List<String> unitIds, List<NoteView> notes,
                           Long dispatchTargetMillis, CoverageView coverage, IncidentSource source,
                           List<ReportedCallView> reportedCalls, List<ResponderView> responders) {

    public IncidentView {
        responders = List.copyOf(responders);
        callIds = List.copyOf(callIds);
        unitIds = List.copyOf(unitIds);
        notes = List.copyOf(notes);
        reportedCalls = List.copyOf(reportedCalls);
    }

    /** A call another centre reported with an imported incident ({@link ReportedCall}); times ISO-8601 or null. */
    public record ReportedCallView(String id, String line, String caller,
                                   @JsonSerialize(using = ApiTime.class) long startedAt,
                                   @JsonSerialize(using = ApiTime.class) long answeredAt, String answeredBy) {

        public static ReportedCallView of(ReportedCall call) {
            return new ReportedCallView(call.id(), call.line(), call.caller(), call.startedAt(), call.answeredAt(),
                    call.answeredBy());
        }

        /** Back to the domain's record, e.g. to export it again. */
        public ReportedCall toCall() {
            return new ReportedCall(id, line, caller, startedAt, answeredAt, answeredBy);
        }
    }

    /**
     * A unit the incident had ({@link Responder}): serving it now or released; its last status there, when it was
     * sent, took that status and was released (null while it serves).
     */
    public record ResponderView(String unitId, String agency,
                                @JsonSerialize(using = ApiTime.class) long assignedAt,
                                @JsonSerialize(using = ApiCode.class) UnitStatus status,
                                @JsonSerialize(using = ApiTime.class) long statusAt,
                                @JsonSerialize(using = ApiTime.class) long releasedAt) {

        public static ResponderView of(Responder r) {
            return new ResponderView(r.unitId(), r.agency(), r.assignedAt(), UnitStatus.valueOf(r.status()),
                    r.statusAt(), r.releasedAt());
        }
    }

    /** A note: {@code at}, {@code author} ({@code user:name}), {@code text}. */
    public record NoteView(@JsonSerialize(using = ApiTime.class) long at, String author, String text) {

        public static NoteView of(Note note) {
            return new NoteView(note.at(), note.author().toString(), note.text());
        }
    }

    @JsonIgnore
    public boolean isOpen() {
        return status == IncidentStatus.OPEN;
    }

    /** The incident as the map's incidents layer draws it. */
    public IncidentMark mark() {
        return new IncidentMark(id, type, priority, district, address, openedAt, location, unitIds);
    }

    /** Call on the thread that owns the centre. */
    public static IncidentView of(Centre centre, Incident incident) {
        long target = centre.rules().timers().dispatchMillis(incident.priority());
        return new IncidentView(incident.id(), incident.type(), incident.priority(), incident.status(),
                incident.location(), incident.district(), incident.address(), incident.openedAt(),
                incident.closedAt(), incident.disposition(), incident.originCallId(), List.copyOf(incident.callIds()),
                List.copyOf(incident.unitIds()), incident.notes().stream().map(NoteView::of).toList(),
                target > 0 ? target : null, CoverageView.of(centre.coverage(incident)), incident.source(),
                incident.reportedCalls().stream().map(ReportedCallView::of).toList(),
                incident.responders().stream().map(ResponderView::of).toList());
    }
}
