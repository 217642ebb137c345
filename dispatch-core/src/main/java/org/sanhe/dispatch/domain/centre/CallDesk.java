package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.event.CallAbandoned;
import org.sanhe.dispatch.domain.event.CallAnswered;
import org.sanhe.dispatch.domain.event.CallEnded;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.CallerLocated;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.TimerKind;

/** The rules of calls: one stream from every line, each call offered once, answered, ended or abandoned. */
final class CallDesk {

    private final Centre centre;

    CallDesk(Centre centre) {
        this.centre = centre;
    }

    void offer(OfferCall c, long now, EventSink out) {
        if (centre.calls.hasChannel(c.channelId())) {
            Reject.with(out, c, RejectReason.CALL_ALREADY_OFFERED,
                    "PBX channel " + c.channelId() + " was already offered");
            return;
        }
        if (centre.calls.get(c.callId()) != null) {
            Reject.with(out, c, RejectReason.CALL_ALREADY_OFFERED, "call " + c.callId() + " was already offered");
            return;
        }
        boolean lineKnown = centre.rulebook.line(c.line()) != null;
        Call call = new Call(c.callId(), c.line(), lineKnown, c.callerNumber(), c.channelId(), now, c.location());
        centre.calls.add(call);
        out.accept(new CallOffered(call.id(), call.line(), lineKnown, call.callerNumber(), call.channelId(),
                call.location(), now));
        call.answerTimer(centre.timerDesk.schedule(TimerKind.CALL_ANSWER, now,
                centre.rulebook.rules().timers().answerMillis(), call.id(), 0, null, out));
        if (call.location() != null) {
            proposeDuplicates(call, now, out);
        }
    }

    void answer(AnswerCall c, long now, EventSink out) {
        Call call = known(c, c.callId(), out);
        if (call == null) {
            return;
        }
        if (call.state() != CallState.QUEUED) {
            Reject.with(out, c, RejectReason.CALL_NOT_QUEUED, "call " + call.id() + " is " + call.state());
            return;
        }
        call.answer(c.callTaker(), c.seat(), now);
        out.accept(new CallAnswered(call.id(), c.callTaker(), c.seat(), now));
        stopAnswerTimer(call, out);
        out.accept(new IntervalMeasured(IntervalKind.CALL_TO_ANSWER, call.id(), 0, null,
                Math.max(0, now - call.offeredAt())));
    }

    void end(EndCall c, long now, EventSink out) {
        Call call = known(c, c.callId(), out);
        if (call == null) {
            return;
        }
        if (!call.state().isLive()) {
            Reject.with(out, c, RejectReason.CALL_NOT_LIVE, "call " + call.id() + " is already " + call.state());
            return;
        }
        call.end(c.cause(), now);
        stopAnswerTimer(call, out);
        out.accept(new CallEnded(call.id(), c.cause(), now));
    }

    void abandon(AbandonCall c, long now, EventSink out) {
        Call call = known(c, c.callId(), out);
        if (call == null) {
            return;
        }
        if (call.state() != CallState.QUEUED) {
            Reject.with(out, c, RejectReason.CALL_NOT_QUEUED, "call " + call.id() + " is " + call.state());
            return;
        }
        call.abandon(now);
        stopAnswerTimer(call, out);
        out.accept(new CallAbandoned(call.id(), c.holdMillis(), now));
    }

    void locate(LocateCaller c, long now, EventSink out) {
        Call call = known(c, c.callId(), out);
        if (call == null) {
            return;
        }
        call.locate(c.location());
        out.accept(new CallerLocated(call.id(), c.location()));
        proposeDuplicates(call, now, out);
    }

    private void stopAnswerTimer(Call call, EventSink out) {
        centre.timerDesk.cancel(call.answerTimerId(), out);
        call.answerTimer(0);
    }

    /** The call, or null after refusing the command with UNKNOWN_CALL. */
    private Call known(Command c, String callId, EventSink out) {
        Call call = centre.calls.get(callId);
        if (call == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_CALL, "no call " + callId);
        }
        return call;
    }

    private void proposeDuplicates(Call call, long now, EventSink out) {
        List<DuplicateCandidate> candidates = centre.duplicateCandidates(call, now);
        if (!candidates.isEmpty()) {
            out.accept(new DuplicatesProposed(call.id(), 0, candidates));
        }
    }
}
