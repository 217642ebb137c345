/**
 * The auditor's endpoints: an incident's timeline, the centre as it stood at a sequence or instant, key figures over
 * a period, and the hash chain's verification with the replayed state hash (the same one {@code journal replay}
 * prints offline). They read the journal directory with the core's {@code AuditReader}, on the audit thread, never on
 * an event loop. All but the verification start from the newest of the runtime's snapshots that gives the same
 * answer as a read from the journal's first entry ({@code SnapshotStarts}).
 */
package org.sanhe.console.audit;
