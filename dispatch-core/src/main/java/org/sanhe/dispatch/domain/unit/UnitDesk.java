package org.sanhe.dispatch.domain.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.event.AcknowledgementOverdue;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.UnitAssigned;
import org.sanhe.dispatch.domain.event.UnitChanged;
import org.sanhe.dispatch.domain.event.UnitMoved;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentBook;
import org.sanhe.dispatch.domain.incident.IncidentDesk;
import org.sanhe.dispatch.domain.incident.Responders;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.timer.TimerKind;

/**
 * The rules of units: the roster (registration, change, retirement), positions, the status lifecycle, assignment to
 * and release from incidents, and what an incident's units cover of its response plan ({@link Coverage}). The
 * incident's side of an assignment goes through the {@link IncidentDesk}. Created by the centre over its roster;
 * called on the centre's writer thread only.
 */
public final class UnitDesk implements Responders {

    private final UnitRoster units;
    private final IncidentBook incidents;
    private final IncidentDesk incidentDesk;
    private final Supplier<Rulebook> rules;
    private final TimerDesk timers;
    private final Predicate<String> mayHouse;

    /**
     * @param units        the roster this desk changes
     * @param incidents    the incidents, read to find the one a command names
     * @param incidentDesk records the incident's side of assignments
     * @param rules        the rules in force when a command is applied
     * @param timers       schedules and cancels the acknowledgement timer
     * @param mayHouse     whether a unit may be based at a station id (the station desk's rule)
     */
    public UnitDesk(UnitRoster units, IncidentBook incidents, IncidentDesk incidentDesk, Supplier<Rulebook> rules,
                    TimerDesk timers, Predicate<String> mayHouse) {
        this.units = units;
        this.incidents = incidents;
        this.incidentDesk = incidentDesk;
        this.rules = rules;
        this.timers = timers;
        this.mayHouse = mayHouse;
    }

    public void register(RegisterUnit c, long now, EventSink out) {
        if (units.get(c.unitId()) != null) {
            Reject.with(out, c, RejectReason.UNIT_ALREADY_REGISTERED, "unit " + c.unitId() + " is registered");
            return;
        }
        if (!rules.get().hasAgency(c.agency())) {
            Reject.with(out, c, RejectReason.UNKNOWN_AGENCY, "no agency " + c.agency());
            return;
        }
        if (!mayHouse.test(c.station())) {
            Reject.with(out, c, RejectReason.UNKNOWN_STATION, "no station " + c.station());
            return;
        }
        Unit unit = new Unit(c.unitId(), c.callSign(), c.agency(), c.capabilities(), c.station(), c.position(),
                c.position() == null ? 0 : now);
        units.add(unit);
        out.accept(new UnitRegistered(unit.id(), unit.callSign(), unit.agency(), unit.capabilities(),
                unit.station(), unit.status(), unit.position()));
    }

    public void change(ChangeUnit c, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit == null) {
            return;
        }
        String agency = c.agency() == null ? unit.agency() : c.agency();
        List<String> capabilities = c.capabilities() == null ? unit.capabilities() : c.capabilities();
        String station = c.station() == null ? unit.station() : c.station();
        String callSign = c.callSign() == null ? unit.callSign() : c.callSign();
        if (!rules.get().hasAgency(agency)) {
            Reject.with(out, c, RejectReason.UNKNOWN_AGENCY, "no agency " + agency);
            return;
        }
        if (!Objects.equals(station, unit.station()) && !mayHouse.test(station)) {
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

    public void retire(RetireUnit c, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit == null) {
            return;
        }
        if (unit.status().isCommitted()) {
            Reject.with(out, c, RejectReason.UNIT_ASSIGNED, "unit " + unit.id() + " serves incident "
                    + unit.incidentId() + "; release it first");
            return;
        }
        units.remove(unit.id());
        out.accept(new UnitRetired(unit.id()));
    }

    public void position(ReportUnitPosition c, long now, EventSink out) {
        Unit unit = known(c, c.unitId(), out);
        if (unit != null) {
            unit.moveTo(c.position(), now);
            out.accept(new UnitMoved(unit.id(), c.position(), now));
        }
    }

    public void status(ChangeUnitStatus c, long now, EventSink out) {
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
            timers.cancel(unit.acknowledgeTimerId(), out);
            unit.acknowledgeTimer(0);
            out.accept(new IntervalMeasured(IntervalKind.DISPATCH_TO_ACKNOWLEDGE, null, unit.incidentId(),
                    unit.id(), Math.max(0, now - unit.assignedAt())));
        }
        if (unit.incidentId() != 0 && c.status().isCommitted()) {
            incidentDesk.unitReported(unit.incidentId(), unit.id(), c.status().name(),
                    c.status() == UnitStatus.ON_SCENE, now);
        }
        if (c.status() == UnitStatus.ON_SCENE) {
            out.accept(new IntervalMeasured(IntervalKind.DISPATCH_TO_ON_SCENE, null, unit.incidentId(), unit.id(),
                    Math.max(0, now - unit.assignedAt())));
        }
    }

    /**
     * Sends an available unit; with {@code divert}, also a unit serving another incident, which is first released
     * there (reason {@code diverted to #N}) so that both incidents' coverage changes in the one command.
     */
    public void assign(AssignUnit c, long now, EventSink out) {
        Incident incident = incidents.get(c.incidentId());
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
            Incident old = incidents.get(divertedFrom);
            release(unit, old, "diverted to #" + incident.id(), now, out);
            publishCoverage(old, out);
        }
        UnitStatus from = unit.status();
        unit.assign(incident.id(), now);
        boolean first = incidentDesk.unitAssigned(incident, unit.id(), unit.agency(), now);
        out.accept(new UnitAssigned(unit.id(), incident.id(), c.proposal(), divertedFrom));
        out.accept(new UnitStatusChanged(unit.id(), from, UnitStatus.DISPATCHED, incident.id()));
        unit.acknowledgeTimer(timers.schedule(TimerKind.UNIT_ACKNOWLEDGE, now,
                rules.get().rules().timers().acknowledgeMillis(), null, incident.id(), unit.id(), out));
        if (first) {
            incidentDesk.firstDispatch(incident, now, out);
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

    public void release(ReleaseUnit c, long now, EventSink out) {
        Incident incident = incidents.get(c.incidentId());
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
        release(unit, incident, c.reason(), now, out);
        publishCoverage(incident, out);
    }

    @Override
    public void release(String unitId, Incident incident, String reason, long now, EventSink out) {
        release(units.get(unitId), incident, reason, now, out);
    }

    /** Frees a unit serving the incident (also used when the incident closes, and by a divert). */
    private void release(Unit unit, Incident incident, String reason, long now, EventSink out) {
        UnitStatus from = unit.status();
        timers.cancel(unit.acknowledgeTimerId(), out);
        unit.acknowledgeTimer(0);
        unit.release();
        incidentDesk.unitReleased(incident, unit.id(), now);
        out.accept(new UnitReleased(unit.id(), incident.id(), reason));
        out.accept(new UnitStatusChanged(unit.id(), from, unit.status(), incident.id()));
    }

    @Override
    public void publishCoverage(Incident incident, EventSink out) {
        out.accept(new CoverageChanged(incident.id(), coverage(incident)));
    }

    /** What the incident's assigned units cover of its type's response plan. A pure query. */
    public Coverage coverage(Incident incident) {
        IncidentType type = rules.get().type(incident.type());
        List<Unit> assigned = new ArrayList<>();
        incident.unitIds().forEach(id -> assigned.add(units.get(id)));
        return Coverage.of(type == null ? List.of() : type.plan(), assigned);
    }

    private Unit known(Command c, String unitId, EventSink out) {
        Unit unit = units.get(unitId);
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

    /** Emits that the unit's acknowledgement timer ran out (the timer desk has taken the timer off its book). */
    public void acknowledgementOverdue(Timer timer, long now, EventSink out) {
        Unit unit = units.get(timer.unitId());
        unit.acknowledgeTimer(0);
        out.accept(new AcknowledgementOverdue(unit.id(), unit.incidentId(), now - unit.assignedAt()));
    }
}
