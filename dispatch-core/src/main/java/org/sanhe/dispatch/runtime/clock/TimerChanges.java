package org.sanhe.dispatch.runtime.clock;

import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * The one rule for which timers an applied command starts and ends: its {@code TimerScheduled} events start one each,
 * its {@code TimerCancelled} events end one each, and a {@link FireTimer} command ends the timer it fired. The
 * single-node {@link TimerSchedule} and the cluster's service (which hands them to Aeron's timer service) both
 * follow it. Called on the core's apply thread; stateless.
 */
public final class TimerChanges {

    /** Where the changes go. Called on the apply thread; must not block. */
    public interface Target {

        void schedule(long timerId, long dueAt);

        void cancel(long timerId);
    }

    private TimerChanges() {
    }

    /** Tells the target what {@code published} started and ended, in the order of its events. */
    public static void apply(Published published, Target target) {
        if (published.command() instanceof FireTimer fire) {
            target.cancel(fire.timerId());
        }
        for (Event event : published.events()) {
            if (event instanceof TimerScheduled scheduled) {
                target.schedule(scheduled.timer().id(), scheduled.timer().dueAt());
            } else if (event instanceof TimerCancelled cancelled) {
                target.cancel(cancelled.timerId());
            }
        }
    }
}
