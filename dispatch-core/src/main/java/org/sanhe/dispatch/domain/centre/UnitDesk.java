package org.sanhe.dispatch.domain.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.UnitAssigned;
import org.sanhe.dispatch.domain.event.UnitChanged;
import org.sanhe.dispatch.domain.event.UnitMoved;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.TimerKind;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** The rules of units: the roster (registration, change, retirement), positions, the status lifecycle, assignment to and release from incidents. */
final class UnitDesk {

    private final Centre centre;

    UnitDesk(Centre centre) {
        this.centre = centre;
    }

    void register(RegisterUnit c, long now, EventSink out) {
        if (centre.units.get(c.unitId()) != null) {
            Reject.with(out, c, RejectReason.UNIT_ALREADY_REGISTERED, "unit " + c.unitId() + " is registered");
            return;
        }
        if (!centre.rulebook.hasAgency(c.agency())) {
            Reject.with(out, c, RejectReason.UNKNOWN_AGENCY, "no agency " + c.agency());
            return;
        }
        if (!centre.stationDesk.mayHouse(c.station())) {
            Reject.with(out, c, RejectReason.UNKNOWN_STATION, "no station " + c.station());
            return;
        }
        Unit unit = new Unit(c.unitId(), c.callSign(), c.agency(), c.capabilities(), c.station(), c.position(),
                c.position() == null ? 0 : now);
        centre.units.add(unit);
        out.accept(new UnitRegistered(unit.id(), unit.callSign(), unit.agency(), unit.capabilities(),
                unit.station(), unit.status(), unit.position()));
    }

    void change(ChangeUnit c, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit == null) {
            return;
        }
        String agency = c.agency() == null ? unit.agency() : c.agency();
        List<String> capabilities = c.capabilities() == null ? unit.capabilities() : c.capabilities();
        String station = c.station() == null ? unit.station() : c.station();
        String callSign = c.callSign() == null ? unit.callSign() : c.callSign();
        if (!centre.rulebook.hasAgency(agency)) {
            Reject.with(out, c, RejectReason.UNKNOWN_AGENCY, "no agency " + agency);
            return;
        }
        if (!Objects.equals(station, unit.station()) && !centre.stationDesk.mayHouse(station)) {
            Reject.with(out, c, RejectReason.UNKNOWN_STATION, "no station " + station);
            return;
        }
        boolean served = !agency.equals(unit.agency()) || !capabilities.equals(unit.capabilities());
        if (served && unit.status().isCommitted()) {
            Reject.with(out, c, RejectReason.UNIT_ASSIGNED, "unit " + unit.id() + " serves incident "
                    + unit.incidentId() + ": its agency and capabilities change once it is released");
            return;
        }
        if (!served && callSign.equals(unit.callSign()) && Objects.equals(station, unit.station())) {
            Reject.with(out, c, RejectReason.NOTHING_TO_CHANGE, "unit " + unit.id() + " is already so");
            return;
        }
        unit.redefine(callSign, agency, capabilities, station);
        out.accept(new UnitChanged(unit.id(), callSign, agency, capabilities, station));
    }

    void retire(RetireUnit c, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit == null) {
            return;
        }
        if (unit.status().isCommitted()) {
            Reject.with(out, c, RejectReason.UNIT_ASSIGNED, "unit " + unit.id() + " serves incident "
                    + unit.incidentId() + "; release it first");
            return;
        }
        centre.units.remove(unit.id());
        out.accept(new UnitRetired(unit.id()));
    }

    void position(ReportUnitPosition c, long now, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit != null) {
            unit.moveTo(c.position(), now);
            out.accept(new UnitMoved(unit.id(), c.position(), now));
        }
    }

    void status(ChangeUnitStatus c, long now, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit == null) {
            return;
        }
        UnitStatus from = unit.status();
        if (!from.mayReport(c.status())) {
            Reject.with(out, c, RejectReason.INVALID_TRANSITION, transitionProblem(unit, c.status()));
            return;
        }
        unit.status(c.status());
        out.accept(new UnitStatusChanged(unit.id(), from, c.status(), unit.incidentId()));
        if (from == UnitStatus.DISPATCHED) {
            centre.timerDesk.cancel(unit.acknowledgeTimerId(), out);
            unit.acknowledgeTimer(0);
            out.accept(new IntervalMeasured(IntervalKind.DISPATCH_TO_ACKNOWLEDGE, null, unit.incidentId(),
                    unit.id(), Math.max(0, now - unit.assignedAt())));
        }
        if (c.status() == UnitStatus.ON_SCENE) {
            centre.incidents.get(unit.incidentId()).markOnScene(now);
            out.accept(new IntervalMeasured(IntervalKind.DISPATCH_TO_ON_SCENE, null, unit.incidentId(), unit.id(),
                    Math.max(0, now - unit.assignedAt())));
        }
    }

    /**
     * Sends an available unit; with {@code divert}, also a unit serving another incident, which is first released
     * there (reason {@code diverted to #N}) so that both incidents' coverage changes in the one command.
     */
    void assign(AssignUnit c, long now, EventSink out) {
        Incident incident = centre.incidents.get(c.incidentId());
        if (incident == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_INCIDENT, "no incident " + c.incidentId());
            return;
        }
        if (!incident.isOpen()) {
            Reject.with(out, c, RejectReason.INCIDENT_CLOSED, "incident " + incident.id() + " is closed");
            return;
        }
        Unit unit = known(c, c.unitId(), out);
        if (unit == null || !mayGo(c, unit, incident, out)) {
            return;
        }
        long divertedFrom = unit.incidentId();
        if (divertedFrom != 0) {
            Incident old = centre.incidents.get(divertedFrom);
            release(unit, old, "diverted to #" + incident.id(), out);
            publishCoverage(old, out);
        }
        boolean first = incident.firstDispatchAt() == 0;
        UnitStatus from = unit.status();
        unit.assign(incident.id(), now);
        incident.addUnit(unit.id(), now);
        out.accept(new UnitAssigned(unit.id(), incident.id(), c.proposal(), divertedFrom));
        out.accept(new UnitStatusChanged(unit.id(), from, UnitStatus.DISPATCHED, incident.id()));
        unit.acknowledgeTimer(centre.timerDesk.schedule(TimerKind.UNIT_ACKNOWLEDGE, now,
                centre.rulebook.rules().timers().acknowledgeMillis(), null, incident.id(), unit.id(), out));
        if (first) {
            firstDispatch(incident, now, out);
        }
        publishCoverage(incident, out);
    }

    /** Whether the unit may be sent: available, or serving another incident and diverted; else refuses. */
    private static boolean mayGo(AssignUnit c, Unit unit, Incident incident, EventSink out) {
        if (unit.status() == UnitStatus.AVAILABLE) {
            return true;
        }
        if (unit.incidentId() == incident.id()) {
            Reject.with(out, c, RejectReason.UNIT_NOT_AVAILABLE,
                    "unit " + unit.id() + " already serves incident " + incident.id());
            return false;
        }
        if (c.divert() && unit.status().isCommitted()) {
            return true;
        }
        String why = unit.status().isCommitted()
                ? "unit " + unit.id() + " is " + unit.status() + " for incident " + unit.incidentId()
                + "; divert it to take it from there"
                : "unit " + unit.id() + " is " + unit.status();
        Reject.with(out, c, RejectReason.UNIT_NOT_AVAILABLE, why);
        return false;
    }

    void release(ReleaseUnit c, EventSink out) {
        Incident incident = centre.incidents.get(c.incidentId());
        if (incident == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_INCIDENT, "no incident " + c.incidentId());
            return;
        }
        Unit unit = known(c, c.unitId(), out);
        if (unit == null) {
            return;
        }
        if (unit.incidentId() != incident.id()) {
            Reject.with(out, c, RejectReason.UNIT_NOT_ASSIGNED,
                    "unit " + unit.id() + " does not serve incident " + incident.id());
            return;
        }
        release(unit, incident, c.reason(), out);
        publishCoverage(incident, out);
    }

    /** Frees a unit serving the incident (also used when the incident closes, and by a divert). */
    void release(Unit unit, Incident incident, String reason, EventSink out) {
        UnitStatus from = unit.status();
        centre.timerDesk.cancel(unit.acknowledgeTimerId(), out);
        unit.acknowledgeTimer(0);
        unit.release();
        incident.removeUnit(unit.id());
        out.accept(new UnitReleased(unit.id(), incident.id(), reason));
        out.accept(new UnitStatusChanged(unit.id(), from, unit.status(), incident.id()));
    }

    /** Emits what the incident's units now cover of its type's response plan. */
    void publishCoverage(Incident incident, EventSink out) {
        out.accept(new CoverageChanged(incident.id(), coverage(incident)));
    }

    Coverage coverage(Incident incident) {
        IncidentType type = centre.rulebook.type(incident.type());
        List<Unit> assigned = new ArrayList<>();
        incident.unitIds().forEach(id -> assigned.add(centre.units.get(id)));
        return Coverage.of(type == null ? List.of() : type.plan(), assigned);
    }

    private void firstDispatch(Incident incident, long now, EventSink out) {
        centre.timerDesk.cancel(incident.dispatchTimerId(), out);
        incident.dispatchTimer(0);
        out.accept(new IntervalMeasured(IntervalKind.INCIDENT_TO_DISPATCH, null, incident.id(), null,
                Math.max(0, now - incident.openedAt())));
        Call origin = incident.originCallId() == null ? null : centre.calls.get(incident.originCallId());
        if (origin != null && origin.answeredAt() != 0) {
            out.accept(new IntervalMeasured(IntervalKind.CALL_PROCESSING, origin.id(), incident.id(), null,
                    Math.max(0, now - origin.answeredAt())));
        }
    }

    private Unit known(Command c, String unitId, EventSink out) {
        Unit unit = centre.units.get(unitId);
        if (unit == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_UNIT, "no unit " + unitId);
        }
        return unit;
    }

    private static String transitionProblem(Unit unit, UnitStatus to) {
        String base = "unit " + unit.id() + " is " + unit.status() + " and cannot report " + to;
        if (to == UnitStatus.DISPATCHED) {
            return base + ": a unit is dispatched by assigning it to an incident";
        }
        if (unit.status().isCommitted()) {
            return base + ": release it from incident " + unit.incidentId() + " first";
        }
        return base;
    }
}
