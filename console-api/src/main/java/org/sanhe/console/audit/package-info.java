/**
 * The auditor's endpoints: an incident's timeline, the centre as it stood at a sequence or instant, and the hash
 * chain's verification with the replayed state hash (the same one {@code journal replay} prints offline). They read
 * the journal directory with the core's {@code AuditReader}, on the audit thread, never on an event loop.
 */
package org.sanhe.console.audit;
