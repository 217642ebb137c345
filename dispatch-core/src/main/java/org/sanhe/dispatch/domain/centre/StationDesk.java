package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.StationChanged;
import org.sanhe.dispatch.domain.event.StationClosed;
import org.sanhe.dispatch.domain.event.StationRegistered;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Unit;

/** The rules of stations: opened for a known agency, renamed or moved, closed only when no unit is based there. */
final class StationDesk {

    private final Centre centre;

    StationDesk(Centre centre) {
        this.centre = centre;
    }

    void register(RegisterStation c, EventSink out) {
        if (centre.stations.get(c.stationId()) != null) {
            Reject.with(out, c, RejectReason.STATION_ALREADY_REGISTERED, "station " + c.stationId() + " is open");
            return;
        }
        if (!centre.rulebook.hasAgency(c.agency())) {
            Reject.with(out, c, RejectReason.UNKNOWN_AGENCY, "no agency " + c.agency());
            return;
        }
        Station station = new Station(c.stationId(), c.name(), c.agency(), c.district(), c.position());
        centre.stations.put(station);
        out.accept(new StationRegistered(station));
    }

    void change(ChangeStation c, EventSink out) {
        Station before = centre.stations.get(c.stationId());
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
        centre.stations.put(after);
        out.accept(new StationChanged(after));
    }

    void close(CloseStation c, EventSink out) {
        if (centre.stations.get(c.stationId()) == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_STATION, "no station " + c.stationId());
            return;
        }
        List<String> based = centre.units.all().stream().filter(u -> c.stationId().equals(u.station()))
                .map(Unit::id).toList();
        if (!based.isEmpty()) {
            Reject.with(out, c, RejectReason.STATION_HAS_UNITS, "station " + c.stationId() + " houses "
                    + based.size() + " unit(s): " + String.join(", ", based.subList(0, Math.min(5, based.size())))
                    + (based.size() > 5 ? ", ..." : "") + "; move or retire them first");
            return;
        }
        centre.stations.remove(c.stationId());
        out.accept(new StationClosed(c.stationId()));
    }

    /**
     * Whether a unit may be based at this station: no station, or an open one. A centre that keeps no stations
     * (journals from before stations were data) takes any label.
     */
    boolean mayHouse(String stationId) {
        return stationId == null || centre.stations.isEmpty() || centre.stations.get(stationId) != null;
    }
}
