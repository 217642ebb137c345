package org.sanhe.dispatch.domain.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;
import org.sanhe.dispatch.domain.unit.Unit;

/** What must hold of a centre after every command. Returns the violations in words; empty when all hold. */
public final class Invariants {

    private Invariants() {
    }

    /** Units, incidents and timers: cheap enough for every step. */
    public static List<String> check(Centre centre) {
        List<String> broken = new ArrayList<>();
        for (Unit unit : centre.units().all()) {
            checkUnit(centre, unit, broken);
        }
        for (Incident incident : centre.incidents().open()) {
            checkOpenIncident(centre, incident, broken);
        }
        for (Timer timer : centre.timers().pending()) {
            checkTimer(centre, timer, broken);
        }
        return broken;
    }

    /** Everything, including every call and closed incident: for the end of a run. */
    public static List<String> checkAll(Centre centre) {
        List<String> broken = check(centre);
        long open = centre.incidents().all().stream().filter(Incident::isOpen).count();
        if (open != centre.incidents().open().size()) {
            broken.add("open incident index holds " + centre.incidents().open().size() + ", there are " + open);
        }
        for (Incident incident : centre.incidents().all()) {
            if (!incident.isOpen() && (!incident.unitIds().isEmpty() || incident.dispatchTimerId() != 0)) {
                broken.add("closed incident " + incident.id() + " still has units or a dispatch timer");
            }
            Set<String> serving = incident.responders().stream().filter(r -> r.serving())
                    .map(r -> r.unitId()).collect(Collectors.toSet());
            if (!serving.equals(Set.copyOf(incident.unitIds()))) {
                broken.add("incident " + incident.id() + " serves " + incident.unitIds() + " but its responders say "
                        + serving);
            }
            for (String callId : incident.callIds()) {
                Call call = centre.calls().get(callId);
                if (call == null || call.incidentId() != incident.id()) {
                    broken.add("incident " + incident.id() + " lists call " + callId + " not bound to it");
                }
            }
        }
        for (Call call : centre.calls().all()) {
            checkCall(centre, call, broken);
        }
        for (var alert : centre.alerts().all()) {
            boolean timed = alert.expiryTimerId() != 0;
            if (timed != (alert.isActive() && alert.expiresAt() != 0)
                    || timed && centre.timers().get(alert.expiryTimerId()) == null) {
                broken.add("alert " + alert.id() + " (" + alert.state() + ") holds timer " + alert.expiryTimerId()
                        + " wrongly");
            }
            if (centre.alerts().byKey(alert.key()) != alert) {
                broken.add("alert " + alert.id() + " is not found by its key " + alert.key());
            }
        }
        return broken;
    }

    private static void checkUnit(Centre centre, Unit unit, List<String> broken) {
        boolean committed = unit.status().isCommitted();
        if (committed != (unit.incidentId() != 0)) {
            broken.add("unit " + unit.id() + " is " + unit.status() + " with incident " + unit.incidentId());
        }
        if (unit.incidentId() != 0) {
            Incident incident = centre.incidents().get(unit.incidentId());
            if (incident == null || !incident.isOpen() || !incident.unitIds().contains(unit.id())) {
                broken.add("unit " + unit.id() + " points at incident " + unit.incidentId() + " which does not list it");
            }
        }
        if (unit.acknowledgeTimerId() != 0 && centre.timers().get(unit.acknowledgeTimerId()) == null) {
            broken.add("unit " + unit.id() + " holds a timer that is not pending");
        }
    }

    private static void checkOpenIncident(Centre centre, Incident incident, List<String> broken) {
        for (String unitId : incident.unitIds()) {
            Unit unit = centre.units().get(unitId);
            if (unit == null || unit.incidentId() != incident.id()) {
                broken.add("incident " + incident.id() + " lists unit " + unitId + " that serves another");
            }
        }
        Coverage coverage = centre.coverage(incident);
        int counted = coverage.extraUnits().size();
        for (NeedCoverage need : coverage.needs()) {
            counted += need.assigned();
            if (need.assigned() > need.required() || need.assigned() != need.unitIds().size()) {
                broken.add("incident " + incident.id() + " need " + need + " over- or miscounted");
            }
        }
        if (counted != incident.unitIds().size()) {
            broken.add("incident " + incident.id() + " coverage counts " + counted + " of "
                    + incident.unitIds().size() + " units");
        }
        if (incident.dispatchTimerId() != 0 && centre.timers().get(incident.dispatchTimerId()) == null) {
            broken.add("incident " + incident.id() + " holds a timer that is not pending");
        }
        if (incident.firstDispatchAt() != 0 && incident.dispatchTimerId() != 0) {
            broken.add("incident " + incident.id() + " was dispatched but still has a dispatch deadline");
        }
    }

    private static void checkTimer(Centre centre, Timer timer, List<String> broken) {
        boolean holds = switch (timer.kind()) {
            case CALL_ANSWER -> {
                Call call = centre.calls().get(timer.callId());
                yield call != null && call.state() == CallState.QUEUED && call.answerTimerId() == timer.id();
            }
            case INCIDENT_DISPATCH -> {
                Incident incident = centre.incidents().get(timer.incidentId());
                yield incident != null && incident.isOpen() && incident.firstDispatchAt() == 0
                        && incident.dispatchTimerId() == timer.id();
            }
            case ALERT_EXPIRY -> centre.alerts().active().stream()
                    .filter(a -> a.expiryTimerId() == timer.id() && a.expiresAt() == timer.dueAt()).count() == 1;
            case UNIT_ACKNOWLEDGE -> {
                Unit unit = centre.units().get(timer.unitId());
                yield unit != null && unit.status() == org.sanhe.dispatch.domain.unit.UnitStatus.DISPATCHED
                        && unit.acknowledgeTimerId() == timer.id() && unit.incidentId() == timer.incidentId();
            }
        };
        if (!holds) {
            broken.add("timer " + timer + " is pending but what it watches is resolved");
        }
    }

    private static void checkCall(Centre centre, Call call, List<String> broken) {
        if (call.incidentId() != 0) {
            Incident incident = centre.incidents().get(call.incidentId());
            if (incident == null || !incident.callIds().contains(call.id())) {
                broken.add("call " + call.id() + " is bound to incident " + call.incidentId() + " which omits it");
            }
        }
        if (call.state() != CallState.QUEUED && call.answerTimerId() != 0) {
            broken.add("call " + call.id() + " is " + call.state() + " with an answer timer");
        }
        if ((call.answeredBy() != null) != (call.answeredAt() != 0)) {
            broken.add("call " + call.id() + " answer fields disagree");
        }
    }
}
