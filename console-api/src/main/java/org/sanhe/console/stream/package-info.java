/**
 * Live events out of the core: one bounded core subscription drained by the hub's agent thread and handed, in
 * sequence order and in batches, to listeners that must not block it: the read model's projector first, then metrics,
 * the unit tracker's feed, session endings and the WebSocket fan-out. New stream clients start from a snapshot of the
 * read model, or catch up from the journal.
 */
package org.sanhe.console.stream;
