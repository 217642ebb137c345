/**
 * The auditor's view of the journal: verify the hash chain, rebuild the centre as it stood at any sequence or
 * instant, and list the timeline of one incident (every command and event that touched it, with actor and time).
 * Works on a copy of a journal while the server runs elsewhere; never writes.
 */
package org.sanhe.dispatch.runtime.audit;
