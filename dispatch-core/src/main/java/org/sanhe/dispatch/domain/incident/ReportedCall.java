package org.sanhe.dispatch.domain.incident;

/**
 * A call as another centre reported it, carried on an incident imported from there. Our own calls come from our PBX
 * and live in the call book with their timers and queue; a partner's calls never rang here, so they are kept as
 * facts on the incident, apart from ours, and never enter the queue. Times are epoch milliseconds, 0 when unknown.
 *
 * @param id         the partner's call id (EIDO call {@code $id}); never blank (checked by {@code ImportIncident})
 * @param line       the queue or line it came in on, or null
 * @param caller     the caller's number or URI, or null
 * @param startedAt  when the call started there
 * @param answeredAt when it was answered there, 0 when not known
 * @param answeredBy who answered it there, or null
 */
public record ReportedCall(String id, String line, String caller, long startedAt, long answeredAt,
                           String answeredBy) {
}
