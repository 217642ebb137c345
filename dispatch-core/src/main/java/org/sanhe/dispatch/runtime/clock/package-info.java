/**
 * Where the runtime reads time, and what it does with it. {@link EpochClock} is the one injected clock of the
 * runtime and the adapters (the sequencer stamps each command with it; tests and replays set it). The
 * {@link TimerSchedule} mirrors the timers the core asked for (from its {@code TimerScheduled} and
 * {@code TimerCancelled} events), and the {@link TimerAgent} feeds a journaled {@code FireTimer} command back
 * through the sequencer when one falls due. The pure domain never reads a clock.
 */
package org.sanhe.dispatch.runtime.clock;
