package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.timer.Timer;

/** The core wants {@code FireTimer(timer.id())} fed back at {@code timer.dueAt()}. */
public record TimerScheduled(Timer timer) implements Event {
}
