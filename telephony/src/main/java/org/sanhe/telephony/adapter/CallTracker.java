package org.sanhe.telephony.adapter;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.telephony.config.TelephonyConfig;
import org.sanhe.telephony.line.LineRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-call state machine: turns AMI events about caller channels into core commands, keyed on the caller
 * channel's Uniqueid (which is also its call's Linkedid). A caller channel counts as an emergency call once it is in
 * the configured inbound context or joins a queue; other calls (internal ones) are followed silently and dropped at
 * hang-up. Each call is offered once and gets at most one of {@link AbandonCall} or {@link EndCall}. Events of agent
 * legs, bridges, dialplan noise, legacy duplicates and unknown types change nothing.
 *
 * <p>Used by the adapter's agent thread only; emits commands synchronously to {@code out}.
 */
final class CallTracker {

    /** The cause given to calls that ended while the link to the PBX was down. */
    static final String LOST_CAUSE = "lost during PBX link outage";

    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);
    private static final int FINISHED_MEMORY = 50_000;

    private final TelephonyConfig config;
    private final LineRules lines;
    private final CallerLocations locations;
    private final CallRecordings recordings;
    private final Consumer<Command> out;
    private final Map<String, TrackedCall> calls = new LinkedHashMap<>();
    private final Set<String> unmappedInterfaces = new HashSet<>();
    private final Map<String, Boolean> finished = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > FINISHED_MEMORY;
        }
    };

    CallTracker(TelephonyConfig config, Consumer<Command> out) {
        this.config = config;
        this.lines = config.lineRules();
        this.locations = new CallerLocations(config.location());
        this.recordings = new CallRecordings(config.recording().variable());
        this.out = out;
    }

    void onEvent(ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            newChannel(e);
        } else if (event instanceof VarSetEvent e) {
            varSet(e);
        } else if (event instanceof NewExtenEvent e) {
            newExten(e);
        } else if (event instanceof QueueCallerJoinEvent e) {
            queueJoin(e);
        } else if (event instanceof AgentConnectEvent e) {
            agentConnect(e);
        } else if (event instanceof QueueCallerAbandonEvent e) {
            abandon(e);
        } else if (event instanceof HangupEvent e) {
            hangup(e);
        }
    }

    /**
     * Follows calls the core holds as live, as if this tracker had offered them; a call it follows or has finished
     * already is left as it is (a standby tracker that saw it knows better than the core).
     */
    void seed(List<LiveCall> live) {
        for (LiveCall l : live) {
            if (calls.containsKey(l.uniqueid()) || finished.containsKey(l.uniqueid())) {
                continue;
            }
            TrackedCall call = new TrackedCall(l.uniqueid(), l.callId(), null);
            call.stage = l.answered() ? TrackedCall.Stage.ANSWERED : TrackedCall.Stage.QUEUED;
            call.inbound = true;
            calls.put(l.uniqueid(), call);
        }
    }

    int liveCalls() {
        return calls.size();
    }

    private void newChannel(NewChannelEvent e) {
        String uniqueid = e.getUniqueId();
        String linkedid = e.getLinkedid();
        boolean caller = uniqueid != null && (linkedid == null || linkedid.equals(uniqueid));
        if (!caller || calls.containsKey(uniqueid) || finished.containsKey(uniqueid)) {
            return;
        }
        TrackedCall call = track(uniqueid, e.getChannel());
        call.callerNumber = number(e.getCallerIdNum());
        call.exten = e.getExten();
        call.context = e.getContext();
        call.inbound = config.context().equals(e.getContext());
    }

    private void varSet(VarSetEvent e) {
        TrackedCall call = calls.get(e.getUniqueId());
        if (e.getVariable() != null && recordings.reads(e.getVariable())) {
            TrackedCall owner = call != null ? call : calls.get(e.getLinkedId());
            recordings.named(owner, e.getChannel(), e.getValue(), out);
            return;
        }
        if (call == null || e.getVariable() == null) {
            return;
        }
        call.variables.put(e.getVariable(), e.getValue() == null ? "" : e.getValue());
        if (call.offered() && locations.reads(e.getVariable())) {
            locations.update(call, out);
        }
    }

    private void newExten(NewExtenEvent e) {
        TrackedCall call = calls.get(e.getUniqueId());
        if (call == null || call.offered() || !config.context().equals(e.getContext())) {
            return;
        }
        if (!call.inbound || call.exten == null || call.exten.isEmpty() || "s".equals(call.exten)) {
            call.exten = e.getExtension() != null ? e.getExtension() : e.getExten();
            call.context = e.getContext();
        }
        call.inbound = true;
    }

    private void queueJoin(QueueCallerJoinEvent e) {
        TrackedCall call = calls.get(e.getUniqueId());
        String uniqueid = e.getUniqueId();
        if (call == null && uniqueid != null && uniqueid.equals(e.getLinkedId()) && !finished.containsKey(uniqueid)) {
            call = track(uniqueid, e.getChannel());
            call.callerNumber = number(e.getCallerIdNum());
            call.exten = e.getExten();
            call.context = e.getContext();
        }
        if (call != null && !call.offered()) {
            call.queue = e.getQueue();
            offer(call);
        }
    }

    private void agentConnect(AgentConnectEvent e) {
        TrackedCall call = calls.get(e.getUniqueId());
        if (call != null && call.stage == TrackedCall.Stage.QUEUED) {
            answer(call, e.getInterface() != null ? e.getInterface() : e.getMemberName());
        }
    }

    private void abandon(QueueCallerAbandonEvent e) {
        TrackedCall call = calls.get(e.getUniqueId());
        if (call != null && call.stage == TrackedCall.Stage.QUEUED) {
            long holdMillis = e.getHoldTime() == null ? 0 : Math.max(0, e.getHoldTime()) * 1000L;
            out.accept(new AbandonCall(call.callId, holdMillis));
            call.stage = TrackedCall.Stage.ABANDONED;
        }
    }

    private void hangup(HangupEvent e) {
        TrackedCall call = calls.get(e.getUniqueId());
        if (call == null) {
            return;
        }
        if (!call.offered() && !call.inbound) {
            finish(call);
            return;
        }
        if (!call.offered()) {
            offer(call);
        }
        if (call.stage != TrackedCall.Stage.ABANDONED) {
            out.accept(new EndCall(call.callId, e.getCauseTxt()));
        }
        finish(call);
    }

    /** Brings the calls in line with the PBX after a gap in the events (see {@link PbxSnapshot}). */
    void reconcile(PbxSnapshot snapshot) {
        for (TrackedCall call : List.copyOf(calls.values())) {
            PbxSnapshot.Channel ch = snapshot.channel(call.uniqueid);
            if (ch == null) {
                if (!call.offered() && !call.inbound) {
                    finish(call);
                    continue;
                }
                if (!call.offered()) {
                    offer(call);
                }
                if (call.stage != TrackedCall.Stage.ABANDONED) {
                    out.accept(new EndCall(call.callId, LOST_CAUSE));
                }
                finish(call);
            } else {
                catchUp(call, ch, snapshot);
            }
        }
        for (PbxSnapshot.Channel ch : snapshot.channels()) {
            if (isInboundCaller(ch) && !calls.containsKey(ch.uniqueid()) && !finished.containsKey(ch.uniqueid())) {
                TrackedCall call = track(ch.uniqueid(), ch.name());
                call.callerNumber = number(ch.callerNumber());
                call.exten = ch.exten();
                call.context = ch.context();
                call.variables.putAll(snapshot.variables(ch.uniqueid()));
                call.inbound = config.context().equals(ch.context());
                catchUp(call, ch, snapshot);
            }
        }
    }

    /** Whether a listed channel is an inbound caller the adapter should follow. */
    boolean isInboundCaller(PbxSnapshot.Channel ch) {
        return ch.isCaller() && (config.context().equals(ch.context()) || "Queue".equalsIgnoreCase(ch.application()));
    }

    boolean follows(String uniqueid) {
        return calls.containsKey(uniqueid);
    }

    private void catchUp(TrackedCall call, PbxSnapshot.Channel ch, PbxSnapshot snapshot) {
        if (!call.offered() && (ch.queue() != null || call.inbound && ch.bridged())) {
            call.queue = ch.queue();
            offer(call);
        }
        if (call.stage == TrackedCall.Stage.QUEUED && ch.bridged()) {
            PbxSnapshot.Channel agent = snapshot.agentOf(ch);
            answer(call, agent == null ? "unknown" : agent.device());
        }
    }

    private TrackedCall track(String uniqueid, String channel) {
        TrackedCall call = new TrackedCall(uniqueid, config.callIdPrefix() + "-" + uniqueid, channel);
        calls.put(uniqueid, call);
        return call;
    }

    private void offer(TrackedCall call) {
        call.location = locations.locate(call);
        out.accept(new OfferCall(call.callId, lines.lineOf(call), call.callerNumber, call.uniqueid, call.location));
        call.stage = TrackedCall.Stage.QUEUED;
        recordings.offered(call, out);
    }

    private void answer(TrackedCall call, String agentInterface) {
        String callTaker = config.callTakers().get(agentInterface);
        if (callTaker == null) {
            if (unmappedInterfaces.add(agentInterface)) {
                LOG.warn("agent interface {} is not mapped to a call-taker; using the interface name", agentInterface);
            }
            callTaker = agentInterface;
        }
        out.accept(new AnswerCall(call.callId, callTaker, agentInterface));
        call.stage = TrackedCall.Stage.ANSWERED;
    }

    private void finish(TrackedCall call) {
        calls.remove(call.uniqueid);
        finished.put(call.uniqueid, Boolean.TRUE);
    }

    private static String number(String raw) {
        if (raw == null || raw.isBlank() || "<unknown>".equalsIgnoreCase(raw.trim())) {
            return null;
        }
        return raw.trim();
    }
}
