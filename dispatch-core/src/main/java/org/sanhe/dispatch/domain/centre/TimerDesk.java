package org.sanhe.dispatch.domain.centre;

import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.event.AcknowledgementOverdue;
import org.sanhe.dispatch.domain.event.CallAnswerOverdue;
import org.sanhe.dispatch.domain.event.DispatchOverdue;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerKind;
import org.sanhe.dispatch.domain.unit.Unit;

/**
 * Schedules and cancels timers for the other desks, and handles {@link FireTimer}. A timer stays pending only while
 * what it watches is still unresolved: every desk cancels it the moment the call is answered or gone, the incident
 * gets a unit or closes, the unit moves on. So a firing timer always reports an overdue.
 */
final class TimerDesk {

    private final Centre centre;

    TimerDesk(Centre centre) {
        this.centre = centre;
    }

    /** Schedules a timer {@code millis} from now and returns its id, or 0 when the duration is 0 (disabled). */
    long schedule(TimerKind kind, long now, long millis, String callId, long incidentId, String unitId,
                  EventSink out) {
        if (millis <= 0) {
            return 0;
        }
        Timer timer = centre.timers.schedule(kind, now + millis, callId, incidentId, unitId);
        out.accept(new TimerScheduled(timer));
        return timer.id();
    }

    /** Cancels a pending timer; 0 is none. */
    void cancel(long timerId, EventSink out) {
        if (timerId != 0 && centre.timers.remove(timerId) != null) {
            out.accept(new TimerCancelled(timerId));
        }
    }

    void fire(FireTimer c, long now, EventSink out) {
        Timer timer = centre.timers.get(c.timerId());
        if (timer == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_TIMER, "timer " + c.timerId() + " is not pending");
            return;
        }
        if (now < timer.dueAt()) {
            Reject.with(out, c, RejectReason.TIMER_NOT_DUE,
                    "timer " + timer.id() + " is due at " + timer.dueAt() + ", it is " + now);
            return;
        }
        centre.timers.remove(timer.id());
        switch (timer.kind()) {
            case CALL_ANSWER -> {
                Call call = centre.calls.get(timer.callId());
                call.answerTimer(0);
                out.accept(new CallAnswerOverdue(call.id(), now - call.offeredAt()));
            }
            case INCIDENT_DISPATCH -> {
                Incident incident = centre.incidents.get(timer.incidentId());
                incident.dispatchTimer(0);
                out.accept(new DispatchOverdue(incident.id(), incident.priority(), now - incident.openedAt()));
            }
            case UNIT_ACKNOWLEDGE -> {
                Unit unit = centre.units.get(timer.unitId());
                unit.acknowledgeTimer(0);
                out.accept(new AcknowledgementOverdue(unit.id(), unit.incidentId(), now - unit.assignedAt()));
            }
        }
    }
}
