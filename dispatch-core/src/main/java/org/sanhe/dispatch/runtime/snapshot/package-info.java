/**
 * Snapshots: the whole state of the centre written down at one command, so that a restart loads the newest snapshot
 * and replays only the journal after it instead of the whole history. The core's thread captures a snapshot between
 * two commands every so many commands ({@link Snapshots#capture}: the state encoded by
 * {@link StateCodec}, its state hash, and the journal position and hash chain value of
 * that command); a background thread writes it durably and atomically to a
 * {@link SnapshotStore}. On recovery the newest intact file is decoded into a new centre
 * whose state hash must equal the recorded one; the journal tail after it then brings the centre to the same state
 * hash a full replay would. Runtime code: uses files and logging, never drives the domain's logic.
 */
package org.sanhe.dispatch.runtime.snapshot;
