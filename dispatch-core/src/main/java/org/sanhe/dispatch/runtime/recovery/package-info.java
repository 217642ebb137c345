/**
 * Recovery: on start, rebuild the centre from the latest snapshot (if any) and the journal entries after it,
 * verifying the hash chain of what it reads, then hand the journal's end to the sequencer so numbering resumes.
 */
package org.sanhe.dispatch.runtime.recovery;
