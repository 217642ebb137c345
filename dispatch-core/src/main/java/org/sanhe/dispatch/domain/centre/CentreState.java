package org.sanhe.dispatch.domain.centre;

import java.util.List;
import java.util.Objects;
import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.user.User;

/**
 * Everything a {@link Centre} holds, as parts rebuilt from a snapshot; for snapshot restore only, with
 * {@link Centre#restore}. Built and consumed on one thread; the entities become the new centre's own.
 *
 * @param rules          the rules in force
 * @param lastSequence   the sequence of the last command applied, 0 before any
 * @param lastTimestamp  the timestamp of the last command applied, 0 before any
 * @param lastIncidentId the incident counter ({@code IncidentBook.lastId()})
 * @param lastTimerId    the timer counter ({@code TimerBook.lastId()})
 * @param calls          every call, in offer order
 * @param incidents      every incident, open and closed, in opening order
 * @param units          every unit, in registration order
 * @param timers         the pending timers, in scheduling order
 * @param stations       the open stations, in registration order
 * @param users          the users, in definition order
 * @param lastAlertId    the alert counter ({@code AlertBook.lastId()})
 * @param alerts         every alert received, in the order received
 */
public record CentreState(CentreRules rules, long lastSequence, long lastTimestamp, long lastIncidentId,
                          long lastTimerId, List<Call> calls, List<Incident> incidents, List<Unit> units,
                          List<Timer> timers, List<Station> stations, List<User> users,
                          long lastAlertId, List<Alert> alerts) {

    public CentreState {
        Objects.requireNonNull(rules, "rules");
        calls = List.copyOf(calls);
        incidents = List.copyOf(incidents);
        units = List.copyOf(units);
        timers = List.copyOf(timers);
        stations = List.copyOf(stations);
        users = List.copyOf(users);
        alerts = List.copyOf(alerts);
    }
}
