package org.sanhe.telephony.adapter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.telephony.line.CallFacts;

/**
 * One caller channel (the first channel of its call) the adapter follows, and what the PBX said about it. Used by the
 * agent thread only.
 */
final class TrackedCall implements CallFacts {

    /** How far the call got, as far as the core was told. */
    enum Stage { PENDING, QUEUED, ANSWERED, ABANDONED }

    final String uniqueid;
    final String callId;
    final String channel;
    final Map<String, String> variables = new LinkedHashMap<>();
    String callerNumber;
    String exten;
    String context;
    String queue;
    Stage stage = Stage.PENDING;
    /** Entered the configured inbound context; a caller channel that never does is offered only if it queues. */
    boolean inbound;
    CallerLocation location;
    /** The PBX's recording file name, once the PBX named one. */
    String recording;

    TrackedCall(String uniqueid, String callId, String channel) {
        this.uniqueid = uniqueid;
        this.callId = callId;
        this.channel = channel;
    }

    boolean offered() {
        return stage != Stage.PENDING;
    }

    @Override
    public String exten() {
        return exten;
    }

    @Override
    public String queue() {
        return queue;
    }

    @Override
    public String context() {
        return context;
    }

    @Override
    public String variable(String name) {
        return variables.get(name);
    }
}
