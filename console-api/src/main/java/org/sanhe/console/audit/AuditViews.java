package org.sanhe.console.audit;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.sanhe.console.json.ApiTime;
import org.sanhe.console.model.BoardUnit;
import org.sanhe.console.model.CallView;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.console.model.UnitView;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.audit.Verification;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.console.model.AlertView;
import org.sanhe.interop.cap.AlertDistricts;

/** What the audit routes answer, as records written by Jackson. Built on the audit thread from a replayed centre. */
final class AuditViews {

    private AuditViews() {
    }

    /**
     * {@code /audit/state}: the centre replayed to a point, with the chain's verification from the snapshot it started
     * from ({@code fromSnapshot}: its sequence, null for the journal's start).
     */
    record State(String at, long lastSequence, @JsonSerialize(using = ApiTime.class) long lastTime,
                 String stateHash, boolean chainOk, String problem, Long fromSnapshot, long chainVerifiedFrom,
                 List<CallView> calls, List<IncidentView> incidents, List<BoardUnit> units, List<Station> stations,
                 List<AlertView> alerts) {

        static State of(String at, AuditReader.Replayed replayed, SnapshotSource.Restored start,
                        AlertDistricts alertDistricts) {
            Centre centre = replayed.centre();
            return new State(at, centre.lastSequence(), centre.lastTimestamp(), centre.stateHash(),
                    replayed.verification().chainOk(), replayed.verification().problem(), AuditViews.fromSnapshot(start),
                    start == null ? 1 : start.position().sequence() + 1,
                    centre.calls().all().stream().map(CallView::of).toList(),
                    centre.incidents().all().stream().map(i -> IncidentView.of(centre, i)).toList(),
                    // a replay does not know since when a unit has its status: the field is there, as in /units, and null
                    centre.units().all().stream().map(u -> new BoardUnit(UnitView.of(centre, u), 0)).toList(),
                    List.copyOf(centre.stations().all()),
                    centre.alerts().active().stream().map(a -> AlertView.of(a, alertDistricts)).toList());
        }
    }

    /** {@code /audit/verify}: the whole chain and its replay, next to the live state hash at a sequence. */
    record Verified(long entries, long lastSequence, boolean chainOk, long firstBadSequence, String problem,
                    String headLink, String stateHash, Live live) {

        static Verified of(AuditReader.Replayed replayed, ReadModel.Hashed live) {
            Verification v = replayed.verification();
            return new Verified(v.entries(), v.lastSequence(), v.chainOk(), v.firstBadSequence(), v.problem(),
                    v.headLink(), replayed.centre().stateHash(), new Live(live.sequence(), live.stateHash()));
        }
    }

    record Live(long lastSequence, String stateHash) {
    }

    /** The sequence of the snapshot a replay started from, null for the journal's start. */
    static Long fromSnapshot(SnapshotSource.Restored start) {
        return start == null ? null : start.position().sequence();
    }
}
