package org.sanhe.dispatch.domain.event;

/** An active alert was superseded by the {@code Update} message {@code byAlertId} that referenced it. */
public record AlertUpdated(long alertId, long byAlertId) implements Event {
}
