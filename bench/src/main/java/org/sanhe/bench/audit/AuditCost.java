package org.sanhe.bench.audit;

import java.nio.file.Path;
import java.util.Locale;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.dispatch.runtime.snapshot.SnapshotKeeper;

/**
 * What {@code /api/v1/audit/state} costs at the end of a journal, without HTTP: the centre replayed from the first
 * entry, then from the newest snapshot (restored and checked, then the entries after it), five rounds each, with a
 * check that both give the same state hash. Run on a copy of a server's journal and snapshot directories, e.g. a
 * campaign's: {@code java -cp bench/target/benchmarks.jar org.sanhe.bench.audit.AuditCost <journal> <snapshots>}.
 */
public final class AuditCost {

    private AuditCost() {
    }

    public static void main(String[] args) {
        Path journal = Path.of(args[0]);
        try (SnapshotKeeper snapshots = new SnapshotKeeper(Path.of(args[1]), 0)) {
            for (int round = 1; round <= 5; round++) {
                long t0 = System.nanoTime();
                AuditReader.Replayed full;
                try (AuditReader reader = AuditReader.open(journal)) {
                    full = reader.replay(e -> true);
                }
                long t1 = System.nanoTime();
                SnapshotSource.Restored start = snapshots.latest().orElseThrow();
                long from = start.position().sequence();
                AuditReader.Replayed fromSnapshot;
                try (AuditReader reader = AuditReader.open(journal)) {
                    fromSnapshot = reader.replay(start, e -> true);
                }
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "round %d: to sequence %d, from the start %.0f ms, from snapshot %d "
                                + "%.0f ms, same state hash %b%n", round, full.centre().lastSequence(), (t1 - t0) / 1e6,
                        from, (t2 - t1) / 1e6, full.centre().stateHash().equals(fromSnapshot.centre().stateHash()));
            }
        }
    }
}
