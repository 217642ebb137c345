/**
 * The centre's timers and measured intervals. Timers are events: the core schedules one by emitting
 * {@code TimerScheduled} with its due time; the runtime's timer agent feeds a journaled {@code FireTimer} command
 * back when it is due, and the core then decides whether the condition still holds (a call still unanswered, an
 * incident still without units, a unit still not en route). Intervals ({@link IntervalKind}) are what emergency
 * centres are judged on (NENA STA-020 answer times, NFPA 1225 call processing), each measured from command
 * timestamps when it completes and published as an {@code IntervalMeasured} event. {@link TimerDesk} schedules,
 * cancels and fires timers for the other desks; the desk of what a timer watches emits its overdue. No clock is read
 * here.
 */
package org.sanhe.dispatch.domain.timer;
