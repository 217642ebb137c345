package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.open;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.NoteAdded;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.UnitAssigned;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.unit.Proposal;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** The dispatcher's shift in the core: divert, release with a reason, the proposal on an assignment, notes. */
class ShiftRulesTest {

    @Test
    void aDivertReleasesTheUnitFromItsIncidentAndAssignsItInOneCommand() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"),
                new ChangeUnitStatus("P1", UnitStatus.EN_ROUTE));
        Scenario.Then then = s.when(new AssignUnit(2, "P1", true, new Proposal(1, 240)));
        then.thenContains(
                new UnitReleased("P1", 1, "diverted to #2"),
                new UnitStatusChanged("P1", UnitStatus.EN_ROUTE, UnitStatus.AVAILABLE, 1),
                new UnitAssigned("P1", 2, new Proposal(1, 240), 1),
                new UnitStatusChanged("P1", UnitStatus.AVAILABLE, UnitStatus.DISPATCHED, 2));
        List<CoverageChanged> coverage = then.events().stream().filter(CoverageChanged.class::isInstance)
                .map(CoverageChanged.class::cast).toList();
        assertThat(coverage).extracting(CoverageChanged::incidentId).containsExactly(1L, 2L);
        assertThat(coverage.get(0).coverage().complete()).as("the old incident shows the gap at once").isFalse();
        assertThat(s.centre().incidents().get(1).unitIds()).isEmpty();
        assertThat(s.centre().incidents().get(2).unitIds()).containsExactly("P1");
        assertThat(s.centre().units().get("P1").incidentId()).isEqualTo(2);
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }

    @Test
    void aUnitOnSceneIsDivertedToo() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"),
                new ChangeUnitStatus("P1", UnitStatus.ON_SCENE));
        s.when(new AssignUnit(2, "P1", true, null)).thenContains(
                new UnitReleased("P1", 1, "diverted to #2"),
                new UnitStatusChanged("P1", UnitStatus.ON_SCENE, UnitStatus.RETURNING, 1),
                new UnitAssigned("P1", 2, null, 1),
                new UnitStatusChanged("P1", UnitStatus.RETURNING, UnitStatus.DISPATCHED, 2));
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }

    @Test
    void withoutDivertABusyUnitIsRefusedAsBefore() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"));
        s.when(new AssignUnit(2, "P1", false, new Proposal(1, 60))).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
        s.when(new AssignUnit(1, "P1", true, null)).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }

    @Test
    void aDivertTakesNoUnitThatIsNotServing() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"),
                new ChangeUnitStatus("P1", UnitStatus.ON_SCENE), new ReleaseUnit(1, "P1"));
        s.when(new AssignUnit(2, "P1", true, null)).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
        given(defineRules(), police("P1"), open("THEFT"), new ChangeUnitStatus("P1", UnitStatus.OUT_OF_SERVICE))
                .when(new AssignUnit(1, "P1", true, null)).thenRejected(RejectReason.UNIT_NOT_AVAILABLE);
    }

    @Test
    void aDivertedUnitAwaitingAcknowledgementGetsANewTimer() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"));
        long oldTimer = s.centre().units().get("P1").acknowledgeTimerId();
        s.when(new AssignUnit(2, "P1", true, null)).thenContains(new TimerCancelled(oldTimer));
        long newTimer = s.centre().units().get("P1").acknowledgeTimerId();
        assertThat(newTimer).isNotZero().isNotEqualTo(oldTimer);
        assertThat(s.centre().timers().get(newTimer).incidentId()).isEqualTo(2);
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }

    @Test
    void anAssignmentCarriesWhatWasProposedOrNothingForAnOverride() {
        Scenario s = given(defineRules(), police("P1"), police("P2"), open("THEFT"), open("THEFT"));
        s.when(new AssignUnit(1, "P1", false, new Proposal(2, 300)))
                .thenContains(new UnitAssigned("P1", 1, new Proposal(2, 300), 0));
        s.when(new AssignUnit(2, "P2")).thenContains(new UnitAssigned("P2", 2, null, 0));
    }

    @Test
    void aReleaseKeepsItsReasonAndTheCoverageShowsTheGap() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), new AssignUnit(1, "P1"),
                new ChangeUnitStatus("P1", UnitStatus.ON_SCENE));
        Scenario.Then then = s.when(new ReleaseUnit(1, "P1", "  scene secured "));
        then.thenContains(new UnitReleased("P1", 1, "scene secured"),
                new UnitStatusChanged("P1", UnitStatus.ON_SCENE, UnitStatus.RETURNING, 1));
        assertThat(then.the(CoverageChanged.class).coverage().complete()).isFalse();
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }

    @Test
    void theFirstReportAfterAnAssignmentMeasuresTheAcknowledgement() {
        Scenario s = given(defineRules(), police("P1"), police("P2"), open("THEFT"), new AssignUnit(1, "P1"),
                new AssignUnit(1, "P2"));
        s.after(42_000).when(new ChangeUnitStatus("P1", UnitStatus.EN_ROUTE))
                .thenContains(new IntervalMeasured(IntervalKind.DISPATCH_TO_ACKNOWLEDGE, null, 1, "P1", 43_000));
        s.when(new ChangeUnitStatus("P1", UnitStatus.ON_SCENE))
                .thenContains(new IntervalMeasured(IntervalKind.DISPATCH_TO_ON_SCENE, null, 1, "P1", 44_000))
                .thenNone(TimerCancelled.class);
        Scenario.Then direct = s.when(new ChangeUnitStatus("P2", UnitStatus.ON_SCENE));
        assertThat(direct.events()).filteredOn(IntervalMeasured.class::isInstance)
                .extracting(e -> ((IntervalMeasured) e).kind())
                .containsExactly(IntervalKind.DISPATCH_TO_ACKNOWLEDGE, IntervalKind.DISPATCH_TO_ON_SCENE);
    }

    @Test
    void aNoteAloneIsAddedWithItsAuthorAndTime() {
        Scenario s = given(defineRules(), open("THEFT"));
        long t = s.next();
        s.when(new UpdateIncident(1, null, 0, null, null, null, "caller now at the north gate"))
                .then(new NoteAdded(1, new Note(t, Scenario.CALL_TAKER, "caller now at the north gate")));
    }
}
