package org.sanhe.server.config;

import java.nio.file.Path;
import org.sanhe.dispatch.runtime.journal.Durability;

/**
 * Where the journal and the snapshots go ({@code journal:}).
 *
 * @param dir           the journal directory
 * @param durability    mapped or fsync
 * @param snapshotDir   the snapshot directory, null for no snapshots
 * @param snapshotEvery commands between snapshots, 0 for none
 */
public record JournalSettings(Path dir, Durability durability, Path snapshotDir, long snapshotEvery) {
}
