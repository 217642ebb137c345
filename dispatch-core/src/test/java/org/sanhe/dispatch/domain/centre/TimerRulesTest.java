package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.CallRulesTest.offer;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.open;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.event.AcknowledgementOverdue;
import org.sanhe.dispatch.domain.event.CallAnswerOverdue;
import org.sanhe.dispatch.domain.event.DispatchOverdue;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.TimerPolicy;
import org.sanhe.dispatch.domain.timer.TimerKind;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** Rule 5: timers are events; the runtime feeds them back, and the core says what is overdue. */
class TimerRulesTest {

    @Test
    void aCallStillQueuedAtItsDeadlineIsOverdue() {
        given(defineRules(), offer("c1", "110")).after(15_000)
                .when(new FireTimer(1)).then(new CallAnswerOverdue("c1", 15_000));
    }

    @Test
    void aTimerFedBackEarlyIsRefusedAndStaysPending() {
        Scenario s = given(defineRules(), offer("c1", "110")).after(14_999);
        s.when(new FireTimer(1)).thenRejected(RejectReason.TIMER_NOT_DUE);
        assertThat(s.centre().timers().get(1)).isNotNull();
    }

    @Test
    void aCancelledOrUnknownTimerCannotFire() {
        given(defineRules(), offer("c1", "110"), new AnswerCall("c1", "a")).after(60_000)
                .when(new FireTimer(1)).thenRejected(RejectReason.UNKNOWN_TIMER);
        given(defineRules()).when(new FireTimer(42)).thenRejected(RejectReason.UNKNOWN_TIMER);
    }

    @Test
    void aPriorityOneIncidentWithNoUnitAfterSixtySecondsIsOverdue() {
        Scenario s = given(defineRules(), open("ROBBERY")).after(60_000);
        s.when(new FireTimer(1)).then(new DispatchOverdue(1, 1, 60_000));
        assertThat(s.centre().incidents().get(1).dispatchTimerId()).isZero();
        assertThat(s.centre().timers().pending()).isEmpty();
    }

    @Test
    void theFirstAssignmentCancelsTheDispatchDeadline() {
        Scenario s = given(defineRules(), police("P1"), open("ROBBERY"));
        s.when(new AssignUnit(1, "P1")).thenContains(new TimerCancelled(1));
        assertThat(s.centre().timers().pending()).extracting(t -> t.kind())
                .containsExactly(TimerKind.UNIT_ACKNOWLEDGE);
    }

    @Test
    void aDispatchedUnitNotEnRouteInTimeIsOverdue() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), new AssignUnit(1, "P1")).after(60_000);
        long ack = s.centre().units().get("P1").acknowledgeTimerId();
        s.when(new FireTimer(ack)).then(new AcknowledgementOverdue("P1", 1, 60_000));
    }

    @Test
    void goingEnRouteOrBeingReleasedCancelsTheAcknowledgeTimer() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), new AssignUnit(1, "P1"));
        long ack = s.centre().units().get("P1").acknowledgeTimerId();
        s.when(new ChangeUnitStatus("P1", UnitStatus.EN_ROUTE)).thenContains(new TimerCancelled(ack));
        Scenario r = given(defineRules(), police("P1"), open("THEFT"), new AssignUnit(1, "P1"));
        r.when(new ReleaseUnit(1, "P1")).thenContains(new TimerCancelled(ack));
        assertThat(r.centre().timers().pending()).isEmpty();
    }

    @Test
    void durationsComeFromTheRulesAndZeroDisablesATimer() {
        CentreRules base = Fixtures.rules();
        CentreRules noAnswerTimer = new CentreRules(base.agencies(), base.lines(), base.types(), base.duplicates(),
                new TimerPolicy(0, 30_000, List.of(10_000L, 0L, 0L, 0L)));
        given(new DefineRules(noAnswerTimer)).when(offer("c1", "110")).thenNone(TimerScheduled.class);
        Scenario s = given(new DefineRules(noAnswerTimer));
        long t = s.next();
        TimerScheduled scheduled = s.when(open("ROBBERY")).the(TimerScheduled.class);
        assertThat(scheduled.timer().dueAt()).isEqualTo(t + 10_000);
    }
}
