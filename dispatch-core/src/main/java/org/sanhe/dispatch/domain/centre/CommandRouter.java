package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.alert.AlertBook;
import org.sanhe.dispatch.domain.alert.AlertDesk;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallBook;
import org.sanhe.dispatch.domain.call.CallDesk;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.ImportIncident;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.command.Stamped;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.duplicate.DuplicateDetector;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.SessionActivityRecorded;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentBook;
import org.sanhe.dispatch.domain.incident.IncidentDesk;
import org.sanhe.dispatch.domain.incident.ImportDesk;
import org.sanhe.dispatch.domain.incident.Responders;
import org.sanhe.dispatch.domain.rules.RulesDesk;
import org.sanhe.dispatch.domain.station.StationBook;
import org.sanhe.dispatch.domain.station.StationDesk;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerBook;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.UnitDesk;
import org.sanhe.dispatch.domain.unit.UnitRoster;
import org.sanhe.dispatch.domain.user.UserDesk;
import org.sanhe.dispatch.domain.user.UserDirectory;

/**
 * Routes each command to the desk of its concept, and wires the desks: each gets its book and the collaborators it
 * needs (the incident desk asks the unit desk back through {@link Responders}). Owned by the {@link Centre}; holds
 * the stamp of the command being applied; called on the centre's writer thread only.
 */
final class CommandRouter implements Command.Visitor<Void> {

    private final RulesDesk rules;
    private final TimerDesk timerDesk;
    private final CallDesk callDesk;
    private final IncidentDesk incidentDesk;
    private final ImportDesk importDesk;
    private final UnitDesk unitDesk;
    private final StationDesk stationDesk;
    private final UserDesk userDesk;
    private final AlertDesk alertDesk;
    private long now;
    private Actor actor;
    private EventSink out;

    CommandRouter(CallBook calls, IncidentBook incidents, UnitRoster units, StationBook stations,
                  UserDirectory users, TimerBook timers, AlertBook alerts, RulesDesk rules) {
        this.rules = rules;
        DuplicateDetector duplicates = new DuplicateDetector(incidents, calls);
        timerDesk = new TimerDesk(timers);
        callDesk = new CallDesk(calls, rules::current, timerDesk, duplicates);
        incidentDesk = new IncidentDesk(incidents, calls, callDesk, rules::current, timerDesk, duplicates,
                new UnitsOfIncidents());
        importDesk = new ImportDesk(incidents, incidentDesk);
        stationDesk = new StationDesk(stations, units, rules::current);
        unitDesk = new UnitDesk(units, incidents, incidentDesk, rules::current, timerDesk, stationDesk::mayHouse);
        userDesk = new UserDesk(users);
        alertDesk = new AlertDesk(alerts, timerDesk);
    }

    /** Applies one stamped command through its desk, emitting its events to {@code out}. */
    void route(Stamped in, EventSink out) {
        now = in.timestamp();
        actor = in.actor();
        this.out = out;
        try {
            in.command().accept(this);
        } finally {
            this.out = null;
            actor = null;
        }
    }

    Coverage coverage(Incident incident) {
        return unitDesk.coverage(incident);
    }

    List<DuplicateCandidate> duplicateCandidates(Call call, long now) {
        return callDesk.duplicateCandidates(call, now);
    }

    @Override
    public Void defineRules(DefineRules c) {
        rules.define(c, out);
        return null;
    }

    @Override
    public Void offerCall(OfferCall c) {
        callDesk.offer(c, now, out);
        return null;
    }

    @Override
    public Void answerCall(AnswerCall c) {
        callDesk.answer(c, now, out);
        return null;
    }

    @Override
    public Void endCall(EndCall c) {
        callDesk.end(c, now, out);
        return null;
    }

    @Override
    public Void abandonCall(AbandonCall c) {
        callDesk.abandon(c, now, out);
        return null;
    }

    @Override
    public Void locateCaller(LocateCaller c) {
        callDesk.locate(c, now, out);
        return null;
    }

    @Override
    public Void attachRecording(AttachRecording c) {
        callDesk.attachRecording(c, out);
        return null;
    }

    @Override
    public Void openIncident(OpenIncident c) {
        incidentDesk.open(c, now, actor, out);
        return null;
    }

    @Override
    public Void updateIncident(UpdateIncident c) {
        incidentDesk.update(c, now, actor, out);
        return null;
    }

    @Override
    public Void linkCall(LinkCall c) {
        incidentDesk.link(c, now, out);
        return null;
    }

    @Override
    public Void unlinkCall(UnlinkCall c) {
        incidentDesk.unlink(c, out);
        return null;
    }

    @Override
    public Void closeIncident(CloseIncident c) {
        incidentDesk.close(c, now, actor, out);
        return null;
    }

    @Override
    public Void importIncident(ImportIncident c) {
        importDesk.importIncident(c, now, out);
        return null;
    }

    @Override
    public Void registerUnit(RegisterUnit c) {
        unitDesk.register(c, now, out);
        return null;
    }

    @Override
    public Void reportUnitPosition(ReportUnitPosition c) {
        unitDesk.position(c, now, out);
        return null;
    }

    @Override
    public Void changeUnitStatus(ChangeUnitStatus c) {
        unitDesk.status(c, now, out);
        return null;
    }

    @Override
    public Void assignUnit(AssignUnit c) {
        unitDesk.assign(c, now, out);
        return null;
    }

    @Override
    public Void releaseUnit(ReleaseUnit c) {
        unitDesk.release(c, now, out);
        return null;
    }

    @Override
    public Void changeUnit(ChangeUnit c) {
        unitDesk.change(c, out);
        return null;
    }

    @Override
    public Void retireUnit(RetireUnit c) {
        unitDesk.retire(c, out);
        return null;
    }

    @Override
    public Void registerStation(RegisterStation c) {
        stationDesk.register(c, out);
        return null;
    }

    @Override
    public Void changeStation(ChangeStation c) {
        stationDesk.change(c, out);
        return null;
    }

    @Override
    public Void closeStation(CloseStation c) {
        stationDesk.close(c, out);
        return null;
    }

    @Override
    public Void defineUser(DefineUser c) {
        userDesk.define(c, out);
        return null;
    }

    @Override
    public Void removeUser(RemoveUser c) {
        userDesk.remove(c, out);
        return null;
    }

    @Override
    public Void resetPassword(ResetPassword c) {
        userDesk.resetPassword(c, out);
        return null;
    }

    @Override
    public Void fireTimer(FireTimer c) {
        Timer timer = timerDesk.fire(c, now, out);
        if (timer != null) {
            switch (timer.kind()) {
                case CALL_ANSWER -> callDesk.answerOverdue(timer, now, out);
                case INCIDENT_DISPATCH -> incidentDesk.dispatchOverdue(timer, now, out);
                case UNIT_ACKNOWLEDGE -> unitDesk.acknowledgementOverdue(timer, now, out);
                case ALERT_EXPIRY -> alertDesk.expire(timer, now, out);
            }
        }
        return null;
    }

    @Override
    public Void recordSessionActivity(RecordSessionActivity c) {
        out.accept(new SessionActivityRecorded(c.activity(), c.username(), c.sessionId(), c.from()));
        return null;
    }

    @Override
    public Void receiveAlert(ReceiveAlert c) {
        alertDesk.receive(c, now, out);
        return null;
    }

    /** Hands the incident desk's requests about units to the unit desk, which is made after it. */
    private final class UnitsOfIncidents implements Responders {

        @Override
        public void release(String unitId, Incident incident, String reason, long now, EventSink out) {
            unitDesk.release(unitId, incident, reason, now, out);
        }

        @Override
        public void publishCoverage(Incident incident, EventSink out) {
            unitDesk.publishCoverage(incident, out);
        }
    }
}
