package org.sanhe.dispatch.domain.event;

/** An active alert was ended by the {@code Cancel} message {@code byAlertId} that referenced it. */
public record AlertCancelled(long alertId, long byAlertId) implements Event {
}
