/**
 * What the auditor's reads of the journal cost: a replay from the journal's first entry against one from the newest
 * snapshot, on a real journal.
 */
package org.sanhe.bench.audit;
