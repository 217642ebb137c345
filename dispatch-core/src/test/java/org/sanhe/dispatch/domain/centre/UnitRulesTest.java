package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.CENTRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.FIRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.NEAR;
import static org.sanhe.dispatch.domain.centre.Fixtures.POLICE;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.fire;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.open;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.UnitAssigned;
import org.sanhe.dispatch.domain.event.UnitMoved;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;
import org.sanhe.dispatch.domain.unit.UnitStatus;

class UnitRulesTest {

    @Test
    void aRegisteredUnitIsAvailableAtItsStationWithSortedCapabilities() {
        given(defineRules())
                .when(new RegisterUnit("F1", "Engine 1", FIRE, List.of("rescue", "ladder", "ladder"), "S-F1", CENTRE))
                .then(new UnitRegistered("F1", "Engine 1", FIRE, List.of("ladder", "rescue"), "S-F1",
                        UnitStatus.AVAILABLE, CENTRE));
    }

    @Test
    void registeringTwiceOrForAnUnknownAgencyIsRefused() {
        given(defineRules(), police("P1")).when(police("P1")).thenRejected(RejectReason.UNIT_ALREADY_REGISTERED);
        given(defineRules()).when(new RegisterUnit("X1", null, "coastguard", null, null, null))
                .thenRejected(RejectReason.UNKNOWN_AGENCY);
    }

    @Test
    void aPositionReportMovesTheUnit() {
        Scenario s = given(defineRules(), police("P1"));
        long t = s.next();
        s.when(new ReportUnitPosition("P1", NEAR)).then(new UnitMoved("P1", NEAR, t));
        assertThat(s.centre().units().get("P1").position()).isEqualTo(NEAR);
        assertThat(s.centre().units().get("P1").positionAt()).isEqualTo(t);
        given(defineRules()).when(new ReportUnitPosition("P9", NEAR)).thenRejected(RejectReason.UNKNOWN_UNIT);
    }

    @Test
    void assigningDispatchesTheUnitStartsItsAcknowledgeTimerAndCoversThePlan() {
        Scenario s = given(defineRules(), fire("F1"), fire("F2"), police("P1"), open("BUILDING_FIRE"));
        s.when(new AssignUnit(1, "F1")).thenContains(
                new UnitAssigned("F1", 1),
                new UnitStatusChanged("F1", UnitStatus.AVAILABLE, UnitStatus.DISPATCHED, 1),
                new TimerCancelled(1),
                new CoverageChanged(1, new Coverage(List.of(
                        new NeedCoverage(FIRE, List.of(), 2, 1, List.of("F1")),
                        new NeedCoverage(POLICE, List.of(), 1, 0, List.of())), List.of())));
        s.and(new AssignUnit(1, "F2"));
        Scenario.Then then = s.when(new AssignUnit(1, "P1"));
        assertThat(then.the(CoverageChanged.class).coverage().complete()).isTrue();
    }

    @Test
    void aUnitServesAtMostOneIncident() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"));
        s.when(new AssignUnit(2, "P1")).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
        s.when(new AssignUnit(1, "P1")).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
        assertThat(s.centre().incidents().get(2).unitIds()).isEmpty();
    }

    @Test
    void anOutOfServiceUnitCannotBeAssigned() {
        given(defineRules(), police("P1"), open("THEFT"), new ChangeUnitStatus("P1", UnitStatus.OUT_OF_SERVICE))
                .when(new AssignUnit(1, "P1")).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
    }

    @Test
    void assigningRefusesUnknownUnitsUnknownAndClosedIncidents() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"));
        s.when(new AssignUnit(1, "P9")).thenRejected(RejectReason.UNKNOWN_UNIT);
        s.when(new AssignUnit(3, "P1")).thenRejected(RejectReason.UNKNOWN_INCIDENT);
        s.and(new org.sanhe.dispatch.domain.command.CloseIncident(1, org.sanhe.dispatch.domain.incident.Disposition.CANCELLED,
                null));
        s.when(new AssignUnit(1, "P1")).thenRejected(RejectReason.INCIDENT_CLOSED);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "AVAILABLE, OUT_OF_SERVICE, true", "AVAILABLE, EN_ROUTE, false", "AVAILABLE, DISPATCHED, false",
        "AVAILABLE, ON_SCENE, false", "AVAILABLE, AVAILABLE, false",
        "DISPATCHED, EN_ROUTE, true", "DISPATCHED, ON_SCENE, true", "DISPATCHED, AVAILABLE, false",
        "DISPATCHED, OUT_OF_SERVICE, false", "DISPATCHED, RETURNING, false",
        "EN_ROUTE, ON_SCENE, true", "EN_ROUTE, AVAILABLE, false", "EN_ROUTE, DISPATCHED, false",
        "ON_SCENE, RETURNING, false", "ON_SCENE, AVAILABLE, false", "ON_SCENE, EN_ROUTE, false",
        "RETURNING, AVAILABLE, true", "RETURNING, OUT_OF_SERVICE, true", "RETURNING, ON_SCENE, false",
        "OUT_OF_SERVICE, AVAILABLE, true", "OUT_OF_SERVICE, DISPATCHED, false", "OUT_OF_SERVICE, OUT_OF_SERVICE, false"
    })
    void onlyValidTransitionsAreAccepted(UnitStatus from, UnitStatus to, boolean valid) {
        Scenario s = inStatus(from);
        Scenario.Then then = s.when(new ChangeUnitStatus("P1", to));
        if (valid) {
            then.thenContains(new UnitStatusChanged("P1", from, to, s.centre().units().get("P1").incidentId()));
            assertThat(s.centre().units().get("P1").status()).isEqualTo(to);
        } else {
            then.thenRejected(RejectReason.INVALID_TRANSITION);
        }
    }

    /** A scenario with unit P1 in the given status (serving incident 1 when committed). */
    static Scenario inStatus(UnitStatus status) {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"));
        switch (status) {
            case AVAILABLE -> { }
            case OUT_OF_SERVICE -> s.and(new ChangeUnitStatus("P1", UnitStatus.OUT_OF_SERVICE));
            case DISPATCHED -> s.and(new AssignUnit(1, "P1"));
            case EN_ROUTE -> s.and(new AssignUnit(1, "P1"), new ChangeUnitStatus("P1", UnitStatus.EN_ROUTE));
            case ON_SCENE -> s.and(new AssignUnit(1, "P1"), new ChangeUnitStatus("P1", UnitStatus.ON_SCENE));
            case RETURNING -> s.and(new AssignUnit(1, "P1"), new ChangeUnitStatus("P1", UnitStatus.ON_SCENE),
                    new ReleaseUnit(1, "P1"));
        }
        assertThat(s.centre().units().get("P1").status()).isEqualTo(status);
        return s;
    }

    @Test
    void aUnitReleasedFromTheSceneReturnsAndOneReleasedOnTheWayIsAvailableAtOnce() {
        Scenario onScene = inStatus(UnitStatus.ON_SCENE);
        onScene.when(new ReleaseUnit(1, "P1")).thenContains(new UnitReleased("P1", 1),
                new UnitStatusChanged("P1", UnitStatus.ON_SCENE, UnitStatus.RETURNING, 1));
        Scenario enRoute = inStatus(UnitStatus.EN_ROUTE);
        enRoute.when(new ReleaseUnit(1, "P1")).thenContains(new UnitReleased("P1", 1),
                new UnitStatusChanged("P1", UnitStatus.EN_ROUTE, UnitStatus.AVAILABLE, 1));
        assertThat(enRoute.centre().units().get("P1").incidentId()).isZero();
        assertThat(enRoute.centre().incidents().get(1).unitIds()).isEmpty();
    }

    @Test
    void releasingAUnitThatDoesNotServeTheIncidentIsRefused() {
        Scenario s = given(defineRules(), police("P1"), police("P2"), open("THEFT"), open("THEFT"),
                new AssignUnit(1, "P1"));
        s.when(new ReleaseUnit(2, "P1")).thenRejected(RejectReason.UNIT_NOT_ASSIGNED);
        s.when(new ReleaseUnit(1, "P2")).thenRejected(RejectReason.UNIT_NOT_ASSIGNED);
        s.when(new ReleaseUnit(1, "P9")).thenRejected(RejectReason.UNKNOWN_UNIT);
        s.when(new ReleaseUnit(9, "P1")).thenRejected(RejectReason.UNKNOWN_INCIDENT);
    }
}
