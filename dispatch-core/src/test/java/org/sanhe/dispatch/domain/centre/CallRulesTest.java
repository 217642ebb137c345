package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.CENTRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.event.CallAbandoned;
import org.sanhe.dispatch.domain.event.CallAnswered;
import org.sanhe.dispatch.domain.event.CallEnded;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.CallerLocated;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.RecordingAttached;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.LocationSource;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerKind;

class CallRulesTest {

    static OfferCall offer(String id, String line) {
        return new OfferCall(id, line, "1380000" + id, "chan-" + id, null);
    }

    @Test
    void callsFromEveryLineLandInOneStreamInOrderEachKeepingItsLine() {
        Scenario s = given(defineRules(), offer("c1", "119"), offer("c2", "110"), offer("c3", "122"));

        assertThat(s.centre().calls().all()).extracting(Call::id, Call::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", "119"),
                        org.assertj.core.groups.Tuple.tuple("c2", "110"),
                        org.assertj.core.groups.Tuple.tuple("c3", "122"));
    }

    @Test
    void offeredCallIsQueuedAndItsAnswerDeadlineScheduled() {
        Scenario s = given(defineRules());
        long t = s.next();
        s.when(offer("c1", "110")).then(
                new CallOffered("c1", "110", true, "1380000c1", "chan-c1", null, t),
                new TimerScheduled(new Timer(1, TimerKind.CALL_ANSWER, t + 15_000, "c1", 0, null)));
        assertThat(s.centre().calls().get("c1").state()).isEqualTo(CallState.QUEUED);
    }

    @Test
    void callOnALineTheRulesDoNotKnowStillEntersTheStream() {
        Scenario s = given(defineRules());
        long t = s.next();
        s.when(new OfferCall("c1", "UNKNOWN", null, "chan-1", null))
                .thenContains(new CallOffered("c1", "UNKNOWN", false, null, "chan-1", null, t));
    }

    @Test
    void callsAreAcceptedBeforeAnyRulesAreDefined() {
        Scenario s = given();
        long t = s.next();
        s.when(offer("c1", "110")).then(new CallOffered("c1", "110", false, "1380000c1", "chan-c1", null, t),
                new TimerScheduled(new Timer(1, TimerKind.CALL_ANSWER, t + 15_000, "c1", 0, null)));
    }

    @Test
    void aRepeatedPbxChannelIsRefusedAndNeverDoubled() {
        given(defineRules(), offer("c1", "110"))
                .when(new OfferCall("c1-again", "110", null, "chan-c1", null))
                .thenRejected(RejectReason.CALL_ALREADY_OFFERED);
    }

    @Test
    void aRepeatedCallIdIsRefused() {
        given(defineRules(), offer("c1", "110"))
                .when(new OfferCall("c1", "110", null, "another-channel", null))
                .thenRejected(RejectReason.CALL_ALREADY_OFFERED);
    }

    @Test
    void answeringStopsTheAnswerTimerAndMeasuresTheWait() {
        Scenario s = given(defineRules(), offer("c1", "110")).after(7_000);
        long t = s.next();
        s.when(new AnswerCall("c1", "calltaker1")).then(
                new CallAnswered("c1", "calltaker1", null, t),
                new TimerCancelled(1),
                new IntervalMeasured(IntervalKind.CALL_TO_ANSWER, "c1", 0, null, 7_000));
        assertThat(s.centre().calls().get("c1").answeredBy()).isEqualTo("calltaker1");
    }

    @Test
    void theSeatThatAnsweredIsKept() {
        Scenario s = given(defineRules(), offer("c1", "110"));
        long t = s.next();
        s.when(new AnswerCall("c1", "calltaker1", "PJSIP/1001"))
                .thenContains(new CallAnswered("c1", "calltaker1", "PJSIP/1001", t));
        assertThat(s.centre().calls().get("c1").answeredSeat()).isEqualTo("PJSIP/1001");
    }

    @Test
    void onlyAQueuedCallCanBeAnswered() {
        given(defineRules(), offer("c1", "110"), new AnswerCall("c1", "a"))
                .when(new AnswerCall("c1", "b")).thenRejected(RejectReason.CALL_NOT_QUEUED);
    }

    @Test
    void answeringAnUnknownCallIsRefused() {
        given(defineRules()).when(new AnswerCall("nope", "a")).thenRejected(RejectReason.UNKNOWN_CALL);
    }

    @Test
    void anAnsweredCallEndsWithItsCause() {
        Scenario s = given(defineRules(), offer("c1", "110"), new AnswerCall("c1", "a"));
        long t = s.next();
        s.when(new EndCall("c1", "Normal Clearing")).then(new CallEnded("c1", "Normal Clearing", t));
        assertThat(s.centre().calls().get("c1").state()).isEqualTo(CallState.ENDED);
    }

    @Test
    void aCallHungUpBeforeAnswerEndsAndItsTimerIsCancelled() {
        Scenario s = given(defineRules(), offer("c1", "110"));
        long t = s.next();
        s.when(new EndCall("c1", null)).then(new TimerCancelled(1), new CallEnded("c1", "unspecified", t));
    }

    @Test
    void anEndedCallCannotEndAgain() {
        given(defineRules(), offer("c1", "110"), new EndCall("c1", "x"))
                .when(new EndCall("c1", "x")).thenRejected(RejectReason.CALL_NOT_LIVE);
    }

    @Test
    void endingAnUnknownCallIsRefused() {
        given(defineRules()).when(new EndCall("c9", "x")).thenRejected(RejectReason.UNKNOWN_CALL);
    }

    @Test
    void aQueuedCallIsAbandonedWithThePbxHoldTime() {
        Scenario s = given(defineRules(), offer("c1", "119"));
        long t = s.next();
        s.when(new AbandonCall("c1", 12_345)).then(new TimerCancelled(1), new CallAbandoned("c1", 12_345, t));
        assertThat(s.centre().calls().get("c1").state()).isEqualTo(CallState.ABANDONED);
    }

    @Test
    void anAnsweredCallCannotBeAbandoned() {
        given(defineRules(), offer("c1", "119"), new AnswerCall("c1", "a"))
                .when(new AbandonCall("c1", 1)).thenRejected(RejectReason.CALL_NOT_QUEUED);
    }

    @Test
    void abandoningAnUnknownCallIsRefused() {
        given(defineRules()).when(new AbandonCall("c1", 1)).thenRejected(RejectReason.UNKNOWN_CALL);
    }

    @Test
    void aCallerCanBeLocatedLaterEvenAfterTheCallEnded() {
        CallerLocation aml = new CallerLocation(CENTRE, 25, LocationSource.DEVICE);
        Scenario s = given(defineRules(), offer("c1", "110"), new EndCall("c1", "x"));
        s.when(new LocateCaller("c1", aml)).then(new CallerLocated("c1", aml));
        assertThat(s.centre().calls().get("c1").location()).isEqualTo(aml);
    }

    @Test
    void theFirstRecordingOfACallIsKeptAndASecondIsRefused() {
        Scenario s = given(defineRules(), offer("c1", "110"), new EndCall("c1", "x"));
        s.when(new AttachRecording("c1", "c1.wav")).then(new RecordingAttached("c1", "c1.wav"));
        s.when(new AttachRecording("c1", "other.wav")).thenRejected(RejectReason.RECORDING_ALREADY_ATTACHED);
        assertThat(s.centre().calls().get("c1").recording()).isEqualTo("c1.wav");
    }

    @Test
    void aRecordingOfAnUnknownCallIsRefused() {
        given(defineRules()).when(new AttachRecording("c9", "c9.wav")).thenRejected(RejectReason.UNKNOWN_CALL);
    }

    @Test
    void locatingAnUnknownCallIsRefused() {
        given(defineRules()).when(new LocateCaller("c1", new CallerLocation(CENTRE, 0, LocationSource.MANUAL)))
                .thenRejected(RejectReason.UNKNOWN_CALL);
    }

    @Test
    void aLineAddedByRulesIsKnownWithoutCode() {
        var rules = Fixtures.rules();
        var lines = new java.util.ArrayList<>(rules.lines());
        lines.add(new org.sanhe.dispatch.domain.rules.Line("120", "ems", "急救", "Ambulance"));
        var agencies = new java.util.ArrayList<>(rules.agencies());
        agencies.add("ems");
        var withEms = new org.sanhe.dispatch.domain.rules.CentreRules(agencies, lines, rules.types(), rules.duplicates(),
                rules.timers());
        Scenario s = given(new org.sanhe.dispatch.domain.command.DefineRules(withEms));
        long t = s.next();
        s.when(offer("c1", "120")).thenContains(new CallOffered("c1", "120", true, "1380000c1", "chan-c1", null, t));
    }
}
