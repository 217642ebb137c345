package org.sanhe.telephony.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanhe.telephony.ami.AmiPacket.Header;

/**
 * One channel of the simulated PBX, as Asterisk's channel snapshot describes it. Mutable; guarded by the
 * {@link SimulatedPbx}'s lock.
 */
final class SimChannel {

    static final int DOWN = 0;
    static final int RING = 4;
    static final int RINGING = 5;
    static final int UP = 6;

    final String name;
    final String uniqueid;
    final String linkedid;
    final long createdAtMillis;
    final Map<String, String> variables = new LinkedHashMap<>();
    int state;
    String callerNum;
    String callerName;
    String connectedNum;
    String connectedName;
    String context;
    String exten;
    int priority = 1;
    String application = "";
    String appData = "";
    String bridgeId = "";

    SimChannel(String name, String uniqueid, String linkedid, long createdAtMillis) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid;
        this.createdAtMillis = createdAtMillis;
    }

    static String stateDesc(int state) {
        return switch (state) {
            case DOWN -> "Down";
            case RING -> "Ring";
            case RINGING -> "Ringing";
            case UP -> "Up";
            default -> "Unknown";
        };
    }

    /** The channel block, in Asterisk's order; empty caller fields are written {@code <unknown>}. */
    List<Header> block() {
        List<Header> h = new ArrayList<>(14);
        h.add(new Header("Channel", name));
        h.add(new Header("ChannelState", Integer.toString(state)));
        h.add(new Header("ChannelStateDesc", stateDesc(state)));
        h.add(new Header("CallerIDNum", orUnknown(callerNum)));
        h.add(new Header("CallerIDName", orUnknown(callerName)));
        h.add(new Header("ConnectedLineNum", orUnknown(connectedNum)));
        h.add(new Header("ConnectedLineName", orUnknown(connectedName)));
        h.add(new Header("Language", "en"));
        h.add(new Header("AccountCode", ""));
        h.add(new Header("Context", context));
        h.add(new Header("Exten", exten));
        h.add(new Header("Priority", Integer.toString(priority)));
        h.add(new Header("Uniqueid", uniqueid));
        h.add(new Header("Linkedid", linkedid));
        return h;
    }

    /** The agent interface of an agent leg: the name without its {@code -0000001a} suffix. */
    String device() {
        int dash = name.lastIndexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "<unknown>" : s;
    }
}
