package org.sanhe.dispatch.domain.call;

import java.util.List;
import java.util.function.Supplier;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.duplicate.DuplicateDetector;
import org.sanhe.dispatch.domain.event.CallAnswerOverdue;
import org.sanhe.dispatch.domain.event.CallAbandoned;
import org.sanhe.dispatch.domain.event.CallAnswered;
import org.sanhe.dispatch.domain.event.CallEnded;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.CallerLocated;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.RecordingAttached;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.timer.TimerKind;

/**
 * The rules of calls: one stream from every line, each call offered once, answered, ended or abandoned; bound to
 * incidents by the incident desk through {@link #bind} and {@link #unbind}. Created by the centre over its book;
 * called on the centre's writer thread only.
 */
public final class CallDesk {

    private final CallBook calls;
    private final Supplier<Rulebook> rules;
    private final TimerDesk timers;
    private final DuplicateDetector duplicates;

    /**
     * @param calls      the book this desk changes
     * @param rules      the rules in force when a command is applied
     * @param timers     schedules and cancels the answer timer
     * @param duplicates proposes the open incidents a located call may be a duplicate report of
     */
    public CallDesk(CallBook calls, Supplier<Rulebook> rules, TimerDesk timers, DuplicateDetector duplicates) {
        this.calls = calls;
        this.rules = rules;
        this.timers = timers;
        this.duplicates = duplicates;
    }

    public void offer(OfferCall c, long now, EventSink out) {
        if (calls.hasChannel(c.channelId())) {
            Reject.with(out, c, RejectReason.CALL_ALREADY_OFFERED,
                    "PBX channel " + c.channelId() + " was already offered");
            return;
        }
        if (calls.get(c.callId()) != null) {
            Reject.with(out, c, RejectReason.CALL_ALREADY_OFFERED, "call " + c.callId() + " was already offered");
            return;
        }
        boolean lineKnown = rules.get().line(c.line()) != null;
        Call call = new Call(c.callId(), c.line(), lineKnown, c.callerNumber(), c.channelId(), now, c.location());
        calls.add(call);
        out.accept(new CallOffered(call.id(), call.line(), lineKnown, call.callerNumber(), call.channelId(),
                call.location(), now));
        call.answerTimer(timers.schedule(TimerKind.CALL_ANSWER, now,
                rules.get().rules().timers().answerMillis(), call.id(), 0, null, out));
        if (call.location() != null) {
            proposeDuplicates(call, now, out);
        }
    }

    public void answer(AnswerCall c, long now, EventSink out) {
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

    public void end(EndCall c, long now, EventSink out) {
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

    public void abandon(AbandonCall c, long now, EventSink out) {
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

    public void locate(LocateCaller c, long now, EventSink out) {
        Call call = known(c, c.callId(), out);
        if (call == null) {
            return;
        }
        call.locate(c.location());
        out.accept(new CallerLocated(call.id(), c.location()));
        proposeDuplicates(call, now, out);
    }

    /** Keeps the PBX's first recording of a call; a second one is refused, so evidence is never replaced. */
    public void attachRecording(AttachRecording c, EventSink out) {
        Call call = known(c, c.callId(), out);
        if (call == null) {
            return;
        }
        if (call.recording() != null) {
            Reject.with(out, c, RejectReason.RECORDING_ALREADY_ATTACHED,
                    "call " + call.id() + " already has the recording " + call.recording());
            return;
        }
        call.record(c.fileName());
        out.accept(new RecordingAttached(call.id(), c.fileName()));
    }

    private void stopAnswerTimer(Call call, EventSink out) {
        timers.cancel(call.answerTimerId(), out);
        call.answerTimer(0);
    }

    /** The call, or null after refusing the command with UNKNOWN_CALL. */
    private Call known(Command c, String callId, EventSink out) {
        Call call = calls.get(callId);
        if (call == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_CALL, "no call " + callId);
        }
        return call;
    }

    private void proposeDuplicates(Call call, long now, EventSink out) {
        List<DuplicateCandidate> candidates = duplicateCandidates(call, now);
        if (!candidates.isEmpty()) {
            out.accept(new DuplicatesProposed(call.id(), 0, candidates));
        }
    }

    /** Emits that the call's answer timer ran out (the timer desk has taken the timer off its book). */
    public void answerOverdue(Timer timer, long now, EventSink out) {
        Call call = calls.get(timer.callId());
        call.answerTimer(0);
        out.accept(new CallAnswerOverdue(call.id(), now - call.offeredAt()));
    }

    /** Binds the call to an incident, for the incident desk; the first binding is remembered. */
    public void bind(Call call, long incidentId, long now) {
        call.bindTo(incidentId, now);
    }

    /** Frees the call from its incident, for the incident desk. */
    public void unbind(Call call) {
        call.unbind();
    }

    /**
     * The open incidents that the call may be a duplicate report of, as at {@code now}, best first. Without a
     * location, only the caller's own recent incidents can be candidates. A pure query: nothing changes.
     */
    public List<DuplicateCandidate> duplicateCandidates(Call call, long now) {
        Rulebook rulebook = rules.get();
        GeoPoint where = call.location() == null ? null : call.location().point();
        return duplicates.candidates(rulebook.rules().duplicates(), where, now,
                call.callerNumber(), incident -> rulebook.lineAffinity(call.line(), incident.type()),
                call.incidentId());
    }
}
