package org.sanhe.dispatch.domain.event;

/** An incident still has no unit after its priority's dispatch deadline. */
public record DispatchOverdue(long incidentId, int priority, long waitedMillis) implements Event {
}
