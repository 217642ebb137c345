/**
 * Timers as events: the core schedules a timer by emitting {@code TimerScheduled} with its due time; the runtime's
 * timer wheel feeds a journaled {@code FireTimer} command back when it is due, and the core then decides whether the
 * condition still holds (a call still unanswered, an incident still without units, a unit still not en route).
 */
package org.sanhe.dispatch.timer;
