package org.sanhe.console.eido;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.console.model.CallView;
import org.sanhe.console.model.CoverageView;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.console.model.UnitView;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.interop.eido.EidoIncident;
import org.sanhe.interop.eido.EidoWriter;

/**
 * Copies what the EIDO writer needs from the read model's immutable views: the incident, its bound calls (ours) and
 * reported calls (a partner's), every unit it had (serving or released, with its last status there and its times; a
 * unit retired since is named by its id), its notes, and the agencies involved (its response plan's and
 * its units'). Runs on whichever thread answers the request; reads only the read model. Stateless.
 */
final class EidoExport {

    private EidoExport() {
    }

    static EidoIncident of(ReadModel model, IncidentView incident) {
        List<ReportedCall> calls = new ArrayList<>();
        for (String callId : incident.callIds()) {
            CallView call = model.call(callId);
            if (call != null) {
                calls.add(new ReportedCall(call.id(), call.line(), call.callerNumber(), call.offeredAt(),
                        call.answeredAt(), call.answeredBy()));
            }
        }
        incident.reportedCalls().forEach(call -> calls.add(call.toCall()));
        List<EidoIncident.Unit> units = new ArrayList<>();
        for (IncidentView.ResponderView r : incident.responders()) {
            UnitView unit = model.unit(r.unitId());
            units.add(new EidoIncident.Unit(r.unitId(), unit == null ? r.unitId() : unit.callSign(), r.agency(),
                    r.status().name(), unit == null ? List.of() : unit.capabilities(), r.assignedAt(), r.statusAt(),
                    r.releasedAt()));
        }
        List<String> planned = incident.coverage().needs().stream().map(CoverageView.Need::agency).toList();
        List<Note> notes = incident.notes().stream()
                .map(n -> new Note(n.at(), actor(n.author()), n.text())).toList();
        return new EidoIncident(incident.id(), incident.type(), typeName(model, incident.type()), incident.priority(),
                incident.isOpen(), incident.disposition() == null ? null : incident.disposition().name(),
                incident.location(), incident.district(), incident.address(), incident.openedAt(),
                incident.closedAt(), calls, units, notes,
                EidoWriter.agencies(planned, units.stream().map(EidoIncident.Unit::agency).toList()),
                incident.source());
    }

    private static String typeName(ReadModel model, String code) {
        return model.rules().types().stream().filter(t -> t.code().equals(code)).map(IncidentType::nameEn)
                .findFirst().orElse(null);
    }

    /** A note's author as the view writes it ({@code user:name}, {@code system:source}) back to the actor. */
    private static Actor actor(String author) {
        int colon = author.indexOf(':');
        return colon > 0 && author.startsWith("user:") ? Actor.user(author.substring(colon + 1))
                : Actor.system(colon > 0 ? author.substring(colon + 1) : author);
    }
}
