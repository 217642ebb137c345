package org.sanhe.dispatch.domain.station;

import java.util.List;
import java.util.function.Supplier;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.StationChanged;
import org.sanhe.dispatch.domain.event.StationClosed;
import org.sanhe.dispatch.domain.event.StationRegistered;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitRoster;

/**
 * The rules of stations: opened for a known agency, renamed or moved, closed only when no unit is based there.
 * Created by the centre over its books; called on the centre's writer thread only.
 */
public final class StationDesk {

    private final StationBook stations;
    private final UnitRoster units;
    private final Supplier<Rulebook> rules;

    /**
     * @param stations the book this desk changes
     * @param units    the roster, read to see which units a station houses
     * @param rules    the rules in force when a command is applied
     */
    public StationDesk(StationBook stations, UnitRoster units, Supplier<Rulebook> rules) {
        this.stations = stations;
        this.units = units;
        this.rules = rules;
    }

    public void register(RegisterStation c, EventSink out) {
        if (stations.get(c.stationId()) != null) {
            Reject.with(out, c, RejectReason.STATION_ALREADY_REGISTERED, "station " + c.stationId() + " is open");
            return;
        }
        if (!rules.get().hasAgency(c.agency())) {
            Reject.with(out, c, RejectReason.UNKNOWN_AGENCY, "no agency " + c.agency());
            return;
        }
        Station station = new Station(c.stationId(), c.name(), c.agency(), c.district(), c.position());
        stations.put(station);
        out.accept(new StationRegistered(station));
    }

    public void change(ChangeStation c, EventSink out) {
        Station before = stations.get(c.stationId());
        if (before == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_STATION, "no station " + c.stationId());
            return;
        }
        Station after = new Station(before.id(), c.name() == null ? before.name() : c.name(), before.agency(),
                c.position() == null ? before.district() : c.district(),
                c.position() == null ? before.position() : c.position());
        if (after.equals(before)) {
            Reject.with(out, c, RejectReason.NOTHING_TO_CHANGE, "station " + before.id() + " is already so");
            return;
        }
        stations.put(after);
        out.accept(new StationChanged(after));
    }

    public void close(CloseStation c, EventSink out) {
        if (stations.get(c.stationId()) == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_STATION, "no station " + c.stationId());
            return;
        }
        List<String> based = units.all().stream().filter(u -> c.stationId().equals(u.station()))
                .map(Unit::id).toList();
        if (!based.isEmpty()) {
            Reject.with(out, c, RejectReason.STATION_HAS_UNITS, "station " + c.stationId() + " houses "
                    + based.size() + " unit(s): " + String.join(", ", based.subList(0, Math.min(5, based.size())))
                    + (based.size() > 5 ? ", ..." : "") + "; move or retire them first");
            return;
        }
        stations.remove(c.stationId());
        out.accept(new StationClosed(c.stationId()));
    }

    /**
     * Whether a unit may be based at this station: no station, or an open one. A centre that keeps no stations
     * (journals from before stations were data) takes any label.
     */
    public boolean mayHouse(String stationId) {
        return stationId == null || stations.isEmpty() || stations.get(stationId) != null;
    }
}
