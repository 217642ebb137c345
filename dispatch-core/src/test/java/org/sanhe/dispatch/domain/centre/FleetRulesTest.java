package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.CENTRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.FAR;
import static org.sanhe.dispatch.domain.centre.Fixtures.FIRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.POLICE;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.fire;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.open;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.StationChanged;
import org.sanhe.dispatch.domain.event.StationClosed;
import org.sanhe.dispatch.domain.event.StationRegistered;
import org.sanhe.dispatch.domain.event.UnitChanged;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** Stations and the roster as journaled data: register, change, close, retire, and what each refuses. */
class FleetRulesTest {

    private static final RegisterStation FIRE_ONE = new RegisterStation("S-F1", "Fire Station 1", FIRE, CENTRE,
            "610103");
    private static final RegisterStation POLICE_ONE = new RegisterStation("S-P1", "Police Post 1", POLICE, CENTRE,
            "610103");

    @Test
    void aStationOpensForAKnownAgencyOnceOnly() {
        given(defineRules()).when(FIRE_ONE)
                .then(new StationRegistered(new Station("S-F1", "Fire Station 1", FIRE, "610103", CENTRE)));
        given(defineRules(), FIRE_ONE).when(FIRE_ONE).thenRejected(RejectReason.STATION_ALREADY_REGISTERED);
        given(defineRules()).when(new RegisterStation("S-C1", null, "coastguard", CENTRE, null))
                .thenRejected(RejectReason.UNKNOWN_AGENCY);
    }

    @Test
    void aStationIsRenamedOrMovedWithTheDistrictOfItsNewPositionAndKeepsItsAgency() {
        given(defineRules(), FIRE_ONE).when(new ChangeStation("S-F1", null, FAR, "610112"))
                .then(new StationChanged(new Station("S-F1", "Fire Station 1", FIRE, "610112", FAR)));
        given(defineRules(), FIRE_ONE).when(new ChangeStation("S-F1", "Station One", null, "ignored"))
                .then(new StationChanged(new Station("S-F1", "Station One", FIRE, "610103", CENTRE)));
        given(defineRules(), FIRE_ONE).when(new ChangeStation("S-F1", "Fire Station 1", CENTRE, "610103"))
                .thenRejected(RejectReason.NOTHING_TO_CHANGE);
        given(defineRules()).when(new ChangeStation("S-F9", "x", null, null))
                .thenRejected(RejectReason.UNKNOWN_STATION);
    }

    @Test
    void aStationWithUnitsCannotCloseAndAClosedOneMayOpenAgain() {
        Scenario s = given(defineRules(), FIRE_ONE, fire("F1"));
        s.when(new CloseStation("S-F1")).thenRejected(RejectReason.STATION_HAS_UNITS);
        s.and(new RetireUnit("F1"));
        s.when(new CloseStation("S-F1")).then(new StationClosed("S-F1"));
        assertThat(s.centre().stations().all()).isEmpty();
        s.when(new CloseStation("S-F1")).thenRejected(RejectReason.UNKNOWN_STATION);
        s.when(FIRE_ONE).then(new StationRegistered(new Station("S-F1", "Fire Station 1", FIRE, "610103", CENTRE)));
    }

    @Test
    void onceTheCentreKeepsStationsAUnitIsBasedAtAnOpenOne() {
        given(defineRules(), FIRE_ONE).when(police("P1")).thenRejected(RejectReason.UNKNOWN_STATION);
        given(defineRules(), FIRE_ONE, POLICE_ONE).when(police("P1")).thenNone(CommandRejected.class);
        given(defineRules(), FIRE_ONE).when(new RegisterUnit("F2", null, FIRE, null, null, null)).thenNone(CommandRejected.class);
        given(defineRules(), FIRE_ONE, fire("F1")).when(new ChangeUnit("F1", null, null, null, "S-F9"))
                .thenRejected(RejectReason.UNKNOWN_STATION);
    }

    @Test
    void aCentreWithoutStationsTakesAnyStationLabelAsJournalsBeforeStationsDid() {
        given(defineRules()).when(police("P1")).thenNone(CommandRejected.class);
        given(defineRules(), police("P1")).when(new ChangeUnit("P1", null, null, null, "anywhere")).thenNone(CommandRejected.class);
    }

    @Test
    void aUnitChangesItsCallSignCapabilitiesAndStation() {
        Scenario s = given(defineRules(), FIRE_ONE, new RegisterStation("S-F2", null, FIRE, FAR, null), fire("F1"));
        s.when(new ChangeUnit("F1", "Ladder 1", null, List.of("rescue", "ladder"), "S-F2"))
                .then(new UnitChanged("F1", "Ladder 1", FIRE, List.of("ladder", "rescue"), "S-F2"));
        assertThat(s.centre().units().get("F1").station()).isEqualTo("S-F2");
        s.when(new ChangeUnit("F1", "Ladder 1", null, null, null)).thenRejected(RejectReason.NOTHING_TO_CHANGE);
        s.when(new ChangeUnit("F1", null, "coastguard", null, null)).thenRejected(RejectReason.UNKNOWN_AGENCY);
        s.when(new ChangeUnit("F9", "x", null, null, null)).thenRejected(RejectReason.UNKNOWN_UNIT);
    }

    @Test
    void whileAssignedAUnitKeepsItsAgencyAndCapabilitiesButMayChangeItsCallSign() {
        Scenario s = given(defineRules(), fire("F1"), open("BUILDING_FIRE"), new AssignUnit(1, "F1"));
        s.when(new ChangeUnit("F1", null, null, List.of("ladder"), null)).thenRejected(RejectReason.UNIT_ASSIGNED);
        s.when(new ChangeUnit("F1", null, POLICE, null, null)).thenRejected(RejectReason.UNIT_ASSIGNED);
        s.when(new ChangeUnit("F1", "Engine 7", null, null, null))
                .then(new UnitChanged("F1", "Engine 7", FIRE, List.of(), "S-F1"));
    }

    @Test
    void aUnitRetiresOnlyWhenItServesNoIncidentAndMayBeRegisteredAgain() {
        Scenario s = given(defineRules(), fire("F1"), open("BUILDING_FIRE"), new AssignUnit(1, "F1"));
        s.when(new RetireUnit("F1")).thenRejected(RejectReason.UNIT_ASSIGNED);
        s.and(new ChangeUnitStatus("F1", UnitStatus.ON_SCENE), new CloseIncident(1, Disposition.RESOLVED, null));
        s.when(new RetireUnit("F1")).then(new UnitRetired("F1"));
        assertThat(s.centre().units().get("F1")).isNull();
        s.when(new RetireUnit("F1")).thenRejected(RejectReason.UNKNOWN_UNIT);
        s.when(fire("F1")).thenNone(CommandRejected.class);
        s.when(new ChangeUnitStatus("F1", UnitStatus.OUT_OF_SERVICE)).thenNone(CommandRejected.class);
        s.when(new RetireUnit("F1")).then(new UnitRetired("F1"));
    }
}
