/**
 * The runtime side of the core's timers: a schedule of the timers the core asked for (from its TimerScheduled and
 * TimerCancelled events) and an agent that feeds a journaled FireTimer command back through the sequencer when one
 * falls due. Wall-clock reading lives here, never in the core.
 */
package org.sanhe.dispatch.schedule;
