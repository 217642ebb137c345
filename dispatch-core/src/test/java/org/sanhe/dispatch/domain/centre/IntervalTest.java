package org.sanhe.dispatch.domain.centre;

import static org.sanhe.dispatch.domain.centre.CallRulesTest.offer;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.openFrom;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** Rule 6: the NENA / NFPA intervals, from command timestamps. */
class IntervalTest {

    @Test
    void everyIntervalOfOneCallIsMeasuredFromItsCommandTimes() {
        Scenario s = given(defineRules(), police("P1"), offer("c1", "110")).after(9_000);
        s.when(new AnswerCall("c1", "a"))
                .thenContains(new IntervalMeasured(IntervalKind.CALL_TO_ANSWER, "c1", 0, null, 9_000));
        s.after(25_000).when(openFrom("c1", "ROBBERY"))
                .thenContains(new IntervalMeasured(IntervalKind.ANSWER_TO_INCIDENT, "c1", 1, null, 25_000));
        s.after(20_000).when(new AssignUnit(1, "P1")).thenContains(
                new IntervalMeasured(IntervalKind.INCIDENT_TO_DISPATCH, null, 1, null, 20_000),
                new IntervalMeasured(IntervalKind.CALL_PROCESSING, "c1", 1, null, 45_000));
        s.after(240_000).when(new ChangeUnitStatus("P1", UnitStatus.ON_SCENE))
                .thenContains(new IntervalMeasured(IntervalKind.DISPATCH_TO_ON_SCENE, null, 1, "P1", 240_000));
    }

    @Test
    void answerToIncidentIsMeasuredOnceEvenWhenACallIsRelinked() {
        Scenario s = given(defineRules(), offer("c1", "110"), new AnswerCall("c1", "a"), openFrom("c1", "THEFT"),
                IncidentRulesTest.open("ROBBERY"),
                new UnlinkCall(1, "c1"));
        s.when(new LinkCall(2, "c1")).thenNone(IntervalMeasured.class);
    }

    @Test
    void anIncidentOpenedByHandHasNoCallProcessingInterval() {
        Scenario s = given(defineRules(), police("P1"), IncidentRulesTest.open("THEFT")).after(5_000);
        s.when(new AssignUnit(1, "P1"))
                .thenContains(new IntervalMeasured(IntervalKind.INCIDENT_TO_DISPATCH, null, 1, null, 5_000));
    }
}
