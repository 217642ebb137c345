package org.sanhe.server.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationUnit;

/**
 * The commands that make the journaled fleet what the fleet file lists, in an order the core accepts: stations
 * opened and changed first (each with the district at its position, found here at the edge), then units registered
 * and changed, then units retired, then stations closed. What the core would refuse is left for a later start and
 * said in words: a unit serving an incident keeps its agency and capabilities and stays on the roster, a station
 * that still houses such a unit stays open. A station whose agency differs from the journal's is a problem of the
 * file (it must take a new id).
 */
final class FleetSync {

    /**
     * @param commands        to submit, in order
     * @param registeredUnits how many of them register a unit
     * @param deferred        changes left for a later start, in words
     * @param problems        contradictions between the file and the journal that stop the start
     */
    record Plan(List<Command> commands, int registeredUnits, List<String> deferred, List<String> problems) {
        static final Plan NONE = new Plan(List.of(), 0, List.of(), List.of());
    }

    private final Centre centre;
    private final DistrictMap districts;
    private final List<Command> commands = new ArrayList<>();
    private final List<String> deferred = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int registered;

    private FleetSync(Centre centre, DistrictMap districts) {
        this.centre = centre;
        this.districts = districts;
    }

    /** Runs on the core's thread (a read): copies what it needs. */
    static Plan plan(Centre centre, Fleet fleet, DistrictMap districts) {
        FleetSync sync = new FleetSync(centre, districts);
        sync.stations(fleet);
        Set<String> retired = sync.units(fleet);
        sync.closeStations(fleet, retired);
        return new Plan(List.copyOf(sync.commands), sync.registered, List.copyOf(sync.deferred),
                List.copyOf(sync.problems));
    }

    private void stations(Fleet fleet) {
        for (Station wanted : fleet.stations()) {
            Station journaled = centre.stations().get(wanted.id());
            String district = districts.codeAt(wanted.position());
            if (journaled == null) {
                commands.add(new RegisterStation(wanted.id(), wanted.name(), wanted.agency(), wanted.position(),
                        district));
            } else if (!journaled.agency().equals(wanted.agency())) {
                problems.add("station " + wanted.id() + " is journaled as a " + journaled.agency() + " station and the"
                        + " file makes it " + wanted.agency() + "; a station keeps its agency: give it a new id");
            } else if (!journaled.name().equals(wanted.name()) || !journaled.position().equals(wanted.position())) {
                boolean moved = !journaled.position().equals(wanted.position());
                commands.add(new ChangeStation(wanted.id(), wanted.name(), moved ? wanted.position() : null,
                        district));
            }
        }
    }

    /** Registers, changes and retires units; returns the ids of the units it retires. */
    private Set<String> units(Fleet fleet) {
        Set<String> listed = new HashSet<>();
        for (StationUnit wanted : fleet.units()) {
            listed.add(wanted.id());
            Unit journaled = centre.units().get(wanted.id());
            if (journaled == null) {
                commands.add(wanted.toRegisterUnit());
                registered++;
            } else {
                change(journaled, wanted);
            }
        }
        Set<String> retired = new HashSet<>();
        for (Unit unit : centre.units().all()) {
            if (listed.contains(unit.id())) {
                continue;
            }
            if (unit.status().isCommitted()) {
                deferred.add("unit " + unit.id() + " is not in the file but serves incident " + unit.incidentId()
                        + "; it is retired at a start after its release");
            } else {
                commands.add(new RetireUnit(unit.id()));
                retired.add(unit.id());
            }
        }
        return retired;
    }

    private void change(Unit journaled, StationUnit wanted) {
        boolean served = !journaled.agency().equals(wanted.agency())
                || !journaled.capabilities().equals(wanted.capabilities());
        if (served && journaled.status().isCommitted()) {
            deferred.add("unit " + wanted.id() + " changes agency or capabilities in the file but serves incident "
                    + journaled.incidentId() + "; the change is made at a start after its release");
            served = false;
        }
        boolean renamed = !journaled.callSign().equals(wanted.callSign());
        boolean moved = !Objects.equals(journaled.station(), wanted.station());
        if (served || renamed || moved) {
            commands.add(new ChangeUnit(wanted.id(), renamed ? wanted.callSign() : null,
                    served ? wanted.agency() : null, served ? wanted.capabilities() : null,
                    moved ? wanted.station() : null));
        }
    }

    private void closeStations(Fleet fleet, Set<String> retired) {
        Set<String> listed = new HashSet<>();
        fleet.stations().forEach(s -> listed.add(s.id()));
        Map<String, String> stay = new HashMap<>();
        for (Unit unit : centre.units().all()) {
            if (unit.station() != null && !retired.contains(unit.id())) {
                stay.put(unit.station(), unit.id());
            }
        }
        fleet.units().forEach(u -> stay.put(u.station(), u.id()));
        for (Station station : centre.stations().all()) {
            if (listed.contains(station.id())) {
                continue;
            }
            if (stay.containsKey(station.id())) {
                deferred.add("station " + station.id() + " is not in the file but houses unit "
                        + stay.get(station.id()) + "; it is closed at a start after that unit leaves");
            } else {
                commands.add(new CloseStation(station.id()));
            }
        }
    }
}
