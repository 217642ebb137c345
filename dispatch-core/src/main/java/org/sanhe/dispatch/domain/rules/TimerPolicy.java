package org.sanhe.dispatch.domain.rules;

import java.util.List;
import java.util.Objects;

/**
 * Durations of the core's timers, in milliseconds; 0 disables a timer.
 *
 * @param answerMillis             a queued call not answered within this is overdue (NENA: 15 s)
 * @param acknowledgeMillis        a dispatched unit not en route within this is overdue
 * @param dispatchMillisByPriority for priorities 1..4 in order: an incident with no unit assigned within this is
 *                                 overdue (e.g. 60 s for priority 1, NFPA 1225)
 */
public record TimerPolicy(long answerMillis, long acknowledgeMillis, List<Long> dispatchMillisByPriority) {

    public TimerPolicy {
        Objects.requireNonNull(dispatchMillisByPriority, "dispatchMillisByPriority");
        dispatchMillisByPriority = List.copyOf(dispatchMillisByPriority);
    }

    public static TimerPolicy defaults() {
        return new TimerPolicy(15_000, 60_000, List.of(60_000L, 120_000L, 300_000L, 0L));
    }

    /** The dispatch deadline for a priority (1..4), 0 when none. */
    public long dispatchMillis(int priority) {
        int i = priority - 1;
        return i >= 0 && i < dispatchMillisByPriority.size() ? dispatchMillisByPriority.get(i) : 0;
    }
}
