package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.CallRulesTest.offer;
import static org.sanhe.dispatch.domain.centre.Fixtures.CENTRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.FAR;
import static org.sanhe.dispatch.domain.centre.Fixtures.POLICE;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.Scenario.CALL_TAKER;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.event.CallLinked;
import org.sanhe.dispatch.domain.event.CallUnlinked;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.event.IncidentClosed;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.event.IncidentUpdated;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.NoteAdded;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.IncidentStatus;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerKind;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;
import org.sanhe.dispatch.domain.unit.UnitStatus;

class IncidentRulesTest {

    static OpenIncident open(String type) {
        return new OpenIncident(type, 0, CENTRE, "610103", null, null, null);
    }

    static OpenIncident openFrom(String callId, String type) {
        return new OpenIncident(type, 0, CENTRE, "610103", "Bell Tower", null, callId);
    }

    static NeedCoverage need(String agency, int required, int assigned, String... units) {
        return new NeedCoverage(agency, List.of(), required, assigned, List.of(units));
    }

    @Test
    void openingFromACallNumbersTheIncidentBindsTheCallAndMeasuresAnswerToIncident() {
        Scenario s = given(defineRules(), offer("c1", "110"), new AnswerCall("c1", "a")).after(20_000);
        long t = s.next();
        s.when(new OpenIncident("ROBBERY", 0, CENTRE, "610103", "Bell Tower", "two men, one knife", "c1")).then(
                new IncidentOpened(1, "ROBBERY", 1, CENTRE, "610103", "Bell Tower", "c1", t),
                new NoteAdded(1, new Note(t, CALL_TAKER, "two men, one knife")),
                new CallLinked("c1", 1),
                new IntervalMeasured(IntervalKind.ANSWER_TO_INCIDENT, "c1", 1, null, 20_000),
                new TimerScheduled(new Timer(2, TimerKind.INCIDENT_DISPATCH, t + 60_000, null, 1, null)),
                new CoverageChanged(1, new Coverage(List.of(need(POLICE, 1, 0)), List.of())));
        assertThat(s.centre().calls().get("c1").incidentId()).isEqualTo(1);
        assertThat(s.centre().incidents().get(1).callIds()).containsExactly("c1");
    }

    @Test
    void anIncidentOpenedByHandTakesItsTypesDefaultPriorityAndPriority4HasNoDispatchDeadline() {
        Scenario s = given(defineRules());
        long t = s.next();
        s.when(new OpenIncident("THEFT", 4, CENTRE, null, null, null, null)).then(
                new IncidentOpened(1, "THEFT", 4, CENTRE, null, null, null, t),
                new CoverageChanged(1, new Coverage(List.of(need(POLICE, 1, 0)), List.of())));
        assertThat(s.centre().incidents().get(1).priority()).isEqualTo(4);
    }

    @Test
    void incidentsAreNumberedInOrder() {
        Scenario s = given(defineRules(), open("THEFT"), open("ROBBERY"));
        assertThat(s.centre().incidents().all()).extracting(i -> i.id()).containsExactly(1L, 2L);
    }

    @Test
    void anUnknownTypeIsRefused() {
        given(defineRules()).when(open("ALIEN_LANDING")).thenRejected(RejectReason.UNKNOWN_INCIDENT_TYPE);
    }

    @Test
    void aPriorityOutsideOneToFourIsRefused() {
        given(defineRules()).when(new OpenIncident("THEFT", 5, CENTRE, null, null, null, null))
                .thenRejected(RejectReason.INVALID_PRIORITY);
        given(defineRules()).when(new OpenIncident("THEFT", -1, CENTRE, null, null, null, null))
                .thenRejected(RejectReason.INVALID_PRIORITY);
    }

    @Test
    void openingFromAnUnknownCallIsRefused() {
        given(defineRules()).when(openFrom("ghost", "THEFT")).thenRejected(RejectReason.UNKNOWN_CALL);
    }

    @Test
    void aCallAlreadyBoundCannotOpenASecondIncident() {
        given(defineRules(), offer("c1", "110"), openFrom("c1", "THEFT"))
                .when(openFrom("c1", "ROBBERY")).thenRejected(RejectReason.CALL_ALREADY_LINKED);
    }

    @Test
    void aSecondCallerIsLinkedByTheCallTaker() {
        Scenario s = given(defineRules(), offer("c1", "119"), offer("c2", "119"), openFrom("c1", "BUILDING_FIRE"),
                new AnswerCall("c2", "b"));
        s.when(new LinkCall(1, "c2")).thenContains(new CallLinked("c2", 1));
        assertThat(s.centre().incidents().get(1).callIds()).containsExactly("c1", "c2");
    }

    @Test
    void linkingRefusesUnknownsBoundCallsAndClosedIncidents() {
        Scenario s = given(defineRules(), offer("c1", "110"), offer("c2", "110"), openFrom("c1", "THEFT"),
                open("ROBBERY"));
        s.when(new LinkCall(9, "c2")).thenRejected(RejectReason.UNKNOWN_INCIDENT);
        s.when(new LinkCall(1, "c9")).thenRejected(RejectReason.UNKNOWN_CALL);
        s.when(new LinkCall(2, "c1")).thenRejected(RejectReason.CALL_ALREADY_LINKED);
        s.when(new LinkCall(1, "c1")).thenRejected(RejectReason.CALL_ALREADY_LINKED);
        s.and(new CloseIncident(2, Disposition.FALSE_ALARM, null));
        s.when(new LinkCall(2, "c2")).thenRejected(RejectReason.INCIDENT_CLOSED);
    }

    @Test
    void unlinkingFreesTheCall() {
        Scenario s = given(defineRules(), offer("c1", "110"), openFrom("c1", "THEFT"));
        s.when(new UnlinkCall(1, "c1")).then(new CallUnlinked("c1", 1));
        assertThat(s.centre().calls().get("c1").incidentId()).isZero();
        assertThat(s.centre().incidents().get(1).callIds()).isEmpty();
    }

    @Test
    void unlinkingRefusesACallBoundElsewhereOrNowhere() {
        Scenario s = given(defineRules(), offer("c1", "110"), offer("c2", "110"), openFrom("c1", "THEFT"),
                open("ROBBERY"));
        s.when(new UnlinkCall(2, "c1")).thenRejected(RejectReason.CALL_NOT_LINKED);
        s.when(new UnlinkCall(1, "c2")).thenRejected(RejectReason.CALL_NOT_LINKED);
        s.when(new UnlinkCall(1, "c9")).thenRejected(RejectReason.UNKNOWN_CALL);
        s.when(new UnlinkCall(7, "c1")).thenRejected(RejectReason.UNKNOWN_INCIDENT);
    }

    @Test
    void retypingChangesThePlanAndRepublishesCoverage() {
        Scenario s = given(defineRules(), open("TRAFFIC_COLLISION"));
        s.when(new UpdateIncident(1, "COLLISION_FIRE", 0, null, null, null, null)).then(
                new IncidentUpdated(1, "COLLISION_FIRE", 3, CENTRE, "610103", null),
                new CoverageChanged(1, new Coverage(List.of(need("fire", 1, 0), need("traffic", 1, 0),
                        need(POLICE, 1, 0)), List.of())));
    }

    @Test
    void raisingThePriorityReschedulesTheDispatchDeadlineFromTheOpeningTime() {
        Scenario s = given(defineRules(), open("TRAFFIC_COLLISION"));
        long opened = s.now();
        s.when(new UpdateIncident(1, null, 1, null, null, null, null)).then(
                new IncidentUpdated(1, "TRAFFIC_COLLISION", 1, CENTRE, "610103", null),
                new TimerCancelled(1),
                new TimerScheduled(new Timer(2, TimerKind.INCIDENT_DISPATCH, opened + 60_000, null, 1, null)));
    }

    @Test
    void movingAnIncidentCarriesItsNewDistrictAndANoteIsAppended() {
        Scenario s = given(defineRules(), open("THEFT"));
        long t = s.next();
        s.when(new UpdateIncident(1, null, 0, FAR, "610112", "North gate", "moved north")).then(
                new IncidentUpdated(1, "THEFT", 3, FAR, "610112", "North gate"),
                new NoteAdded(1, new Note(t, CALL_TAKER, "moved north")));
    }

    @Test
    void anUpdateThatChangesNothingIsRefused() {
        given(defineRules(), open("THEFT"))
                .when(new UpdateIncident(1, "THEFT", 3, CENTRE, "610103", null, null))
                .thenRejected(RejectReason.NOTHING_TO_CHANGE);
    }

    @Test
    void updatesRefuseUnknownTypesBadPrioritiesAndClosedIncidents() {
        Scenario s = given(defineRules(), open("THEFT"));
        s.when(new UpdateIncident(1, "NOPE", 0, null, null, null, null))
                .thenRejected(RejectReason.UNKNOWN_INCIDENT_TYPE);
        s.when(new UpdateIncident(1, null, 9, null, null, null, null)).thenRejected(RejectReason.INVALID_PRIORITY);
        s.when(new UpdateIncident(5, null, 1, null, null, null, null)).thenRejected(RejectReason.UNKNOWN_INCIDENT);
        s.and(new CloseIncident(1, Disposition.RESOLVED, null));
        s.when(new UpdateIncident(1, null, 1, null, null, null, null)).thenRejected(RejectReason.INCIDENT_CLOSED);
    }

    @Test
    void closingReleasesItsUnitsCancelsItsTimersAndKeepsItsCalls() {
        Scenario s = given(defineRules(), police("P1"), offer("c1", "110"), openFrom("c1", "ROBBERY"),
                new AssignUnit(1, "P1"));
        long t = s.next();
        s.when(new CloseIncident(1, Disposition.RESOLVED, "suspect arrested")).then(
                new NoteAdded(1, new Note(t, CALL_TAKER, "suspect arrested")),
                new TimerCancelled(3),
                new UnitReleased("P1", 1),
                new UnitStatusChanged("P1", UnitStatus.DISPATCHED, UnitStatus.AVAILABLE, 1),
                new IncidentClosed(1, Disposition.RESOLVED, t));
        assertThat(s.centre().incidents().get(1).status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(s.centre().incidents().open()).isEmpty();
        assertThat(s.centre().incidents().get(1).callIds()).containsExactly("c1");
        assertThat(s.centre().units().get("P1").status()).isEqualTo(UnitStatus.AVAILABLE);
    }

    @Test
    void closingTwiceOrClosingNothingIsRefused() {
        Scenario s = given(defineRules(), open("THEFT"), new CloseIncident(1, Disposition.RESOLVED, null));
        s.when(new CloseIncident(1, Disposition.RESOLVED, null)).thenRejected(RejectReason.INCIDENT_CLOSED);
        s.when(new CloseIncident(2, Disposition.RESOLVED, null)).thenRejected(RejectReason.UNKNOWN_INCIDENT);
    }
}
