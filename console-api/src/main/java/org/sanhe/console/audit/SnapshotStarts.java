package org.sanhe.console.audit;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the runtime's snapshot an audit read starts from, so that it replays only the journal after it: the newest
 * one from which the read gives exactly what a read from the journal's first entry gives. Each choice restores a new
 * centre for the caller to replay onto. Null, for the journal's beginning, when there is none (snapshots disabled,
 * none old enough among those kept: see {@code SnapshotKeeper}) or the snapshot directory cannot be listed.
 *
 * <p>Called on the audit thread only: choosing reads snapshot files and decodes one.
 */
final class SnapshotStarts {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStarts.class);

    private final SnapshotSource snapshots;

    SnapshotStarts(SnapshotSource snapshots) {
        this.snapshots = snapshots;
    }

    /** For the centre at the point: the newest snapshot at or before its sequence, or stamped at or before it. */
    SnapshotSource.Restored at(AuditPoint point) {
        return point.bySequence() ? choose(() -> snapshots.atOrBefore(point.value()))
                : choose(() -> snapshots.atOrBeforeInstant(point.value()));
    }

    /**
     * For the entries stamped from the instant on (KPIs, an incident opened then): the newest snapshot stamped
     * strictly before it, so that no such entry is inside the snapshot.
     */
    SnapshotSource.Restored stampedBefore(long epochMillis) {
        return epochMillis == Long.MIN_VALUE ? null : choose(() -> snapshots.atOrBeforeInstant(epochMillis - 1));
    }

    /** For the entries after the sequence: the newest snapshot at or before it. */
    SnapshotSource.Restored atOrBefore(long sequence) {
        return choose(() -> snapshots.atOrBefore(sequence));
    }

    private static SnapshotSource.Restored choose(Supplier<Optional<SnapshotSource.Restored>> choice) {
        try {
            return choice.get().orElse(null);
        } catch (UncheckedIOException e) {
            LOG.warn("audit read from the journal's start: the snapshots cannot be listed: {}", e.getMessage());
            return null;
        }
    }
}
