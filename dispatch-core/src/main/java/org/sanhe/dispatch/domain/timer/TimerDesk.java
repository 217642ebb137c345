package org.sanhe.dispatch.domain.timer;

import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;

/**
 * The rules of timers: schedules and cancels them for the other desks, and decides whether a {@link FireTimer} may
 * fire. A timer stays pending only while what it watches is still unresolved: every desk cancels it the moment the
 * call is answered or gone, the incident gets a unit or closes, the unit moves on. So a firing timer always reports
 * an overdue, which the desk of what it watches emits.
 *
 * <p>Created by the centre, which gives it to the other desks; called on the centre's writer thread only.
 */
public final class TimerDesk {

    private final TimerBook timers;

    public TimerDesk(TimerBook timers) {
        this.timers = timers;
    }

    /** Schedules a timer {@code millis} from now and returns its id, or 0 when the duration is 0 (disabled). */
    public long schedule(TimerKind kind, long now, long millis, String callId, long incidentId, String unitId,
                         EventSink out) {
        if (millis <= 0) {
            return 0;
        }
        Timer timer = timers.schedule(kind, now + millis, callId, incidentId, unitId);
        out.accept(new TimerScheduled(timer));
        return timer.id();
    }

    /** Cancels a pending timer; 0 is none. */
    public void cancel(long timerId, EventSink out) {
        if (timerId != 0 && timers.remove(timerId) != null) {
            out.accept(new TimerCancelled(timerId));
        }
    }

    /**
     * The timer the command fires, taken off the book, when it is pending and due; else null after refusing the
     * command. The caller then hands it to the desk of what it watches, which emits the overdue.
     */
    public Timer fire(FireTimer c, long now, EventSink out) {
        Timer timer = timers.get(c.timerId());
        if (timer == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_TIMER, "timer " + c.timerId() + " is not pending");
            return null;
        }
        if (now < timer.dueAt()) {
            Reject.with(out, c, RejectReason.TIMER_NOT_DUE,
                    "timer " + timer.id() + " is due at " + timer.dueAt() + ", it is " + now);
            return null;
        }
        timers.remove(timer.id());
        return timer;
    }
}
