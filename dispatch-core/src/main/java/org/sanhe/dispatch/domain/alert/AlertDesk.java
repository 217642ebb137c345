package org.sanhe.dispatch.domain.alert;

import java.util.List;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.event.AlertCancelled;
import org.sanhe.dispatch.domain.event.AlertExpired;
import org.sanhe.dispatch.domain.event.AlertReceived;
import org.sanhe.dispatch.domain.event.AlertRepeated;
import org.sanhe.dispatch.domain.event.AlertUpdated;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.timer.TimerKind;

/**
 * The rules of public warnings. A message already received (same sender, identifier and sent) changes nothing and
 * answers {@code AlertRepeated}. An {@code Alert} or {@code Update} becomes active (a {@code Draft} is only
 * recorded), with a timer at its {@code expires}, or expires at once when that time has already passed; an
 * {@code Update} first supersedes the active alerts it references, a {@code Cancel} ends them; {@code Ack} and
 * {@code Error} are recorded. References to messages the centre never received, or to alerts no longer active, are
 * kept on the message and do nothing else.
 *
 * <p>Created by the centre; called on the centre's writer thread only.
 */
public final class AlertDesk {

    private final AlertBook alerts;
    private final TimerDesk timers;

    public AlertDesk(AlertBook alerts, TimerDesk timers) {
        this.alerts = alerts;
        this.timers = timers;
    }

    public void receive(ReceiveAlert c, long now, EventSink out) {
        Alert known = alerts.byKey(c.key());
        if (known != null) {
            out.accept(new AlertRepeated(known.id()));
            return;
        }
        long id = alerts.nextId();
        boolean takesEffect = (c.msgType().equals("Alert") || c.msgType().equals("Update"))
                && !c.status().equals("Draft");
        if (c.msgType().equals("Update") || c.msgType().equals("Cancel")) {
            end(c.references(), c.msgType().equals("Update") ? AlertState.UPDATED : AlertState.CANCELLED, id, now,
                    out);
        }
        Alert alert = new Alert(id, c.key(), c.sentAt(), c.status(), c.msgType(), c.scope(), c.references(), c.text(),
                c.expiresAt(), c.areas(), now, takesEffect ? AlertState.ACTIVE : AlertState.RECORDED, 0, 0, 0);
        boolean expired = takesEffect && c.expiresAt() != 0 && c.expiresAt() <= now;
        if (takesEffect && c.expiresAt() > now) {
            long timerId = timers.schedule(TimerKind.ALERT_EXPIRY, now, c.expiresAt() - now, null, 0, null, out);
            alert = alert.withTimer(timerId);
        }
        alerts.put(alert);
        out.accept(new AlertReceived(alert));
        if (expired) {
            alerts.put(alert.ended(AlertState.EXPIRED, now, 0));
            out.accept(new AlertExpired(id));
        }
    }

    /** The alert the fired timer watches expires (the timer desk took the timer off its book). */
    public void expire(Timer timer, long now, EventSink out) {
        for (Alert alert : alerts.active()) {
            if (alert.expiryTimerId() == timer.id()) {
                alerts.put(alert.ended(AlertState.EXPIRED, now, 0));
                out.accept(new AlertExpired(alert.id()));
                return;
            }
        }
    }

    private void end(List<AlertKey> references, AlertState to, long by, long now, EventSink out) {
        for (AlertKey reference : references) {
            Alert target = alerts.byKey(reference);
            if (target == null || !target.isActive()) {
                continue;
            }
            timers.cancel(target.expiryTimerId(), out);
            alerts.put(target.ended(to, now, by));
            out.accept(to == AlertState.UPDATED ? new AlertUpdated(target.id(), by)
                    : new AlertCancelled(target.id(), by));
        }
    }
}
