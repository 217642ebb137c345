package org.sanhe.telephony.simulator;

import java.util.Map;
import org.sanhe.telephony.ami.AmiPacket;

/**
 * One inbound call on the simulated PBX. Each step writes the complete, ordered event sequence Asterisk 20 writes
 * for it (see {@code ami-protocol.md}): arrival in the dialplan, queue join, an agent ringing, ring-no-answer, answer,
 * hang-up by the caller (abandon while queued, or after talking) or by the agent.
 *
 * <p>Thread-safe: each step runs under the PBX lock. A step that does not fit the call's stage (answer before any
 * agent rings, a step after the end) throws {@link IllegalStateException}.
 */
public final class SimulatedCall {

    /** Where the call stands. */
    public enum Stage { DIALPLAN, QUEUED, RINGING, TALKING, ENDED }

    private final SimulatedPbx pbx;
    private final CallSpec spec;
    private final SimChannel caller;
    private SimChannel agent;
    private String queue;
    private String agentInterface;
    private Stage stage = Stage.DIALPLAN;
    private int originalPosition;
    private long joinedAt;
    private long ringAt;
    private long answeredAt;

    SimulatedCall(SimulatedPbx pbx, CallSpec spec) {
        this.pbx = pbx;
        this.spec = spec;
        this.caller = pbx.newChannel("PJSIP/trunk", null);
    }

    /** The caller channel's Uniqueid (also the call's Linkedid). */
    public String uniqueid() {
        return caller.uniqueid;
    }

    public String channel() {
        return caller.name;
    }

    public Stage stage() {
        return pbx.locked(() -> stage);
    }

    public CallSpec spec() {
        return spec;
    }

    /** Whether a call-taker answered the call (it may have ended since). */
    public boolean answered() {
        return pbx.locked(() -> answeredAt > 0);
    }

    void arrive() {
        caller.state = SimChannel.RING;
        caller.callerNum = spec.callerNumber();
        caller.callerName = null;
        caller.context = spec.context();
        caller.exten = spec.exten();
        pbx.emit(PbxEvents.channel("Newchannel", PbxEvents.CALL, caller).build());
        pbx.emit(PbxEvents.deviceState("PJSIP/trunk", "INUSE"));
        caller.application = "NoOp";
        caller.appData = "Emergency call";
        pbx.emit(PbxEvents.newexten(caller, "NoOp", "Emergency call"));
        for (Map.Entry<String, String> v : spec.variables().entrySet()) {
            caller.priority++;
            caller.application = "Set";
            caller.appData = v.getKey() + "=" + v.getValue();
            pbx.emit(PbxEvents.newexten(caller, "Set", caller.appData));
            caller.variables.put(v.getKey(), v.getValue());
            pbx.emit(PbxEvents.varSet(caller, v.getKey(), v.getValue()));
        }
    }

    /** A variable is set on the caller's channel mid-call (e.g. a device location from an AML SMS arriving later). */
    public void setVariable(String name, String value) {
        pbx.locked(() -> {
            if (stage == Stage.ENDED) {
                throw new IllegalStateException("call " + caller.uniqueid + " already ended");
            }
            caller.variables.put(name, value);
            pbx.emit(PbxEvents.varSet(caller, name, value));
            return null;
        });
    }

    /** The dialplan runs {@code Queue(name)}: the queue answers the caller, plays hold music and queues it. */
    public void queue(String queueName) {
        pbx.locked(() -> {
            require(Stage.DIALPLAN);
            queue = queueName;
            caller.priority++;
            caller.application = "Queue";
            caller.appData = queueName + ",t";
            pbx.emit(PbxEvents.newexten(caller, "Queue", caller.appData));
            caller.state = SimChannel.UP;
            pbx.emit(PbxEvents.channel("Newstate", PbxEvents.CALL, caller).build());
            originalPosition = pbx.joinQueue(queueName, caller);
            joinedAt = pbx.clock().millis();
            pbx.emit(PbxEvents.channel("QueueCallerJoin", PbxEvents.AGENT, caller)
                    .add("Queue", queueName).add("Position", originalPosition)
                    .add("Count", pbx.queueCallers().get(queueName).size()).build());
            pbx.emit(PbxEvents.varSet(caller, "QUEUEPOSITION", Integer.toString(originalPosition)));
            pbx.emit(PbxEvents.channel("MusicOnHoldStart", PbxEvents.CALL, caller).add("Class", "default").build());
            stage = Stage.QUEUED;
            return null;
        });
    }

    /** The queue rings an agent's interface, e.g. {@code PJSIP/1001}. */
    public void ring(String agentDevice) {
        pbx.locked(() -> {
            require(Stage.QUEUED);
            agentInterface = agentDevice;
            agent = pbx.newChannel(agentDevice, caller.linkedid);
            agent.state = SimChannel.DOWN;
            agent.callerNum = caller.callerNum;
            agent.connectedNum = caller.callerNum;
            agent.context = "from-internal";
            agent.exten = "s";
            pbx.emit(PbxEvents.channel("Newchannel", PbxEvents.CALL, agent).build());
            pbx.emit(agentEvent("AgentCalled").build());
            pbx.emit(PbxEvents.twoChannels("DialBegin", PbxEvents.CALL, caller, agent)
                    .add("DialString", agentDevice.substring(agentDevice.indexOf('/') + 1)).build());
            agent.state = SimChannel.RINGING;
            pbx.emit(PbxEvents.channel("Newstate", PbxEvents.CALL, agent).build());
            agent.connectedName = null;
            pbx.emit(PbxEvents.channel("NewConnectedLine", PbxEvents.CALL, agent).build());
            pbx.emit(PbxEvents.deviceState(agentDevice, "RINGING"));
            ringAt = pbx.clock().millis();
            stage = Stage.RINGING;
            return null;
        });
    }

    /** The ringing agent does not answer in time: the queue gives up on it; the caller stays queued. */
    public void noAnswer() {
        pbx.locked(() -> {
            require(Stage.RINGING);
            pbx.emit(agentEvent("AgentRingNoAnswer").add("RingTime", ringSeconds()).build());
            pbx.emit(PbxEvents.twoChannels("DialEnd", PbxEvents.CALL, caller, agent)
                    .add("DialStatus", "NOANSWER").build());
            hangupAgent(19, "No user responding");
            stage = Stage.QUEUED;
            return null;
        });
    }

    /** The ringing agent answers: the caller leaves the queue and is bridged with the agent. */
    public void answer() {
        pbx.locked(() -> {
            require(Stage.RINGING);
            agent.state = SimChannel.UP;
            pbx.emit(PbxEvents.channel("Newstate", PbxEvents.CALL, agent).build());
            pbx.emit(PbxEvents.twoChannels("DialEnd", PbxEvents.CALL, caller, agent)
                    .add("DialStatus", "ANSWER").build());
            leaveQueue();
            answeredAt = pbx.clock().millis();
            pbx.emit(agentEvent("AgentConnect").add("HoldTime", holdSeconds()).add("RingTime", ringSeconds()).build());
            record();
            String bridgeId = "b" + caller.uniqueid.replace('.', '-');
            pbx.emit(PbxEvents.bridge("BridgeCreate", bridgeId, 0, null).build());
            caller.bridgeId = bridgeId;
            pbx.emit(PbxEvents.bridge("BridgeEnter", bridgeId, 1, caller).build());
            agent.bridgeId = bridgeId;
            pbx.emit(PbxEvents.bridge("BridgeEnter", bridgeId, 2, agent).build());
            pbx.emit(PbxEvents.channel("MusicOnHoldStop", PbxEvents.CALL, caller).build());
            pbx.emit(PbxEvents.deviceState(agentInterface, "INUSE"));
            pbx.emit(PbxEvents.rtcpSent(caller, answeredAt));
            stage = Stage.TALKING;
            return null;
        });
    }

    /** The queue's {@code monitor-type=MixMonitor}: the call is recorded from the moment the agent is connected. */
    private void record() {
        MixMonitor recorder = pbx.mixMonitor();
        if (recorder != null) {
            String file = recorder.record(caller.uniqueid);
            caller.variables.put(MixMonitor.VARIABLE, file);
            pbx.emit(PbxEvents.varSet(caller, MixMonitor.VARIABLE, file));
        }
    }

    /** The caller hangs up: ends a call in the dialplan, abandons a queued or ringing one, completes a talking one. */
    public void hangup() {
        pbx.locked(() -> {
            switch (stage) {
                case DIALPLAN -> hangupInDialplan();
                case QUEUED, RINGING -> abandon();
                case TALKING -> complete("caller");
                case ENDED -> throw new IllegalStateException("call " + caller.uniqueid + " already ended");
                default -> throw new IllegalStateException(stage.name());
            }
            stage = Stage.ENDED;
            return null;
        });
    }

    /** The agent hangs up a talking call. */
    public void agentHangup() {
        pbx.locked(() -> {
            require(Stage.TALKING);
            complete("agent");
            stage = Stage.ENDED;
            return null;
        });
    }

    private void hangupInDialplan() {
        pbx.emit(PbxEvents.channel("HangupRequest", PbxEvents.CALL, caller).add("Cause", 16).build());
        endCaller(16, "Normal Clearing", 0);
    }

    private void abandon() {
        pbx.emit(PbxEvents.channel("HangupRequest", PbxEvents.CALL, caller).add("Cause", 16).build());
        String ringing = stage == Stage.RINGING ? agentInterface : null;
        if (ringing != null) {
            pbx.emit(PbxEvents.twoChannels("DialEnd", PbxEvents.CALL, caller, agent)
                    .add("DialStatus", "CANCEL").build());
            hangupChannel(agent, 16, "Normal Clearing");
            agent = null;
        }
        int[] left = pbx.leaveQueue(queue, caller);
        pbx.emit(PbxEvents.channel("QueueCallerAbandon", PbxEvents.AGENT, caller).add("Queue", queue)
                .add("Position", left[0]).add("OriginalPosition", originalPosition)
                .add("HoldTime", holdSeconds()).build());
        pbx.emit(PbxEvents.channel("QueueCallerLeave", PbxEvents.AGENT, caller).add("Queue", queue)
                .add("Count", left[1]).add("Position", left[0]).build());
        pbx.emit(PbxEvents.channel("MusicOnHoldStop", PbxEvents.CALL, caller).build());
        endCaller(16, "Normal Clearing", joinedAt);
        if (ringing != null) {
            pbx.emit(PbxEvents.deviceState(ringing, "NOT_INUSE"));
        }
    }

    private void complete(String reason) {
        SimChannel first = "caller".equals(reason) ? caller : agent;
        SimChannel second = first == caller ? agent : caller;
        String bridgeId = caller.bridgeId;
        pbx.emit(PbxEvents.channel("HangupRequest", PbxEvents.CALL, first).add("Cause", 16).build());
        pbx.emit(PbxEvents.bridge("BridgeLeave", bridgeId, 1, first).build());
        first.bridgeId = "";
        long talk = Math.max(0, (pbx.clock().millis() - answeredAt) / 1000);
        pbx.emit(agentEvent("AgentComplete").add("HoldTime", holdSeconds()).add("TalkTime", talk)
                .add("Reason", reason).build());
        hangupChannel(first, 16, "Normal Clearing");
        pbx.emit(PbxEvents.bridge("BridgeLeave", bridgeId, 0, second).build());
        second.bridgeId = "";
        pbx.emit(PbxEvents.bridge("BridgeDestroy", bridgeId, 0, null).build());
        pbx.emit(PbxEvents.channel("SoftHangupRequest", PbxEvents.CALL, second).add("Cause", 16).build());
        hangupChannel(second, 16, "Normal Clearing");
        pbx.emit(PbxEvents.cdr(caller, agent, "Queue", queue + ",t", pbx.clock().millis(), answeredAt));
        pbx.emit(PbxEvents.deviceState(agentInterface, "NOT_INUSE"));
    }

    private void endCaller(int cause, String causeText, long answerMillis) {
        hangupChannel(caller, cause, causeText);
        String lastApp = caller.application.isEmpty() ? "NoOp" : caller.application;
        pbx.emit(PbxEvents.cdr(caller, null, lastApp, caller.appData, pbx.clock().millis(), answerMillis));
    }

    private void hangupAgent(int cause, String causeText) {
        hangupChannel(agent, cause, causeText);
        pbx.emit(PbxEvents.deviceState(agentInterface, "NOT_INUSE"));
        agent = null;
    }

    private void hangupChannel(SimChannel ch, int cause, String causeText) {
        pbx.emit(PbxEvents.hangup(ch, cause, causeText));
        pbx.removeChannel(ch);
    }

    private void leaveQueue() {
        int[] left = pbx.leaveQueue(queue, caller);
        pbx.emit(PbxEvents.channel("QueueCallerLeave", PbxEvents.AGENT, caller).add("Queue", queue)
                .add("Count", left[1]).add("Position", left[0]).build());
    }

    private AmiPacket.Builder agentEvent(String name) {
        return PbxEvents.twoChannels(name, PbxEvents.AGENT, caller, agent).add("Queue", queue)
                .add("Interface", agentInterface).add("MemberName", agentInterface);
    }

    private long holdSeconds() {
        return Math.max(0, (pbx.clock().millis() - joinedAt) / 1000);
    }

    private long ringSeconds() {
        return Math.max(0, (pbx.clock().millis() - ringAt) / 1000);
    }

    private void require(Stage expected) {
        if (stage != expected) {
            throw new IllegalStateException("call " + caller.uniqueid + " is " + stage + ", not " + expected);
        }
    }
}
