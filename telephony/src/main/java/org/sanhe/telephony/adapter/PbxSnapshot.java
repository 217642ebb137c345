package org.sanhe.telephony.adapter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asteriskjava.manager.event.CoreShowChannelEvent;

/**
 * The PBX's channels at one instant, from a {@code CoreShowChannels} list, plus the configured variables of the
 * caller channels the adapter did not know. Built by the agent thread during a re-sync.
 */
final class PbxSnapshot {

    /**
     * One channel of the list.
     *
     * @param bridgeId    the bridge it is in, or empty
     * @param application the application it runs, e.g. {@code Queue}
     * @param appData     that application's arguments, e.g. {@code q110,t}
     */
    record Channel(String name, String uniqueid, String linkedid, String callerNumber, String context, String exten,
            String bridgeId, String application, String appData) {

        boolean isCaller() {
            return uniqueid != null && uniqueid.equals(linkedid);
        }

        boolean bridged() {
            return bridgeId != null && !bridgeId.isEmpty();
        }

        /** The queue it runs in (waiting, or bridged with the agent who answered), or null. */
        String queue() {
            if (!"Queue".equalsIgnoreCase(application) || appData == null || appData.isEmpty()) {
                return null;
            }
            int comma = appData.indexOf(',');
            return comma < 0 ? appData : appData.substring(0, comma);
        }

        /** The device of an agent leg: the channel name without its {@code -0000001a} suffix. */
        String device() {
            int dash = name.lastIndexOf('-');
            return dash < 0 ? name : name.substring(0, dash);
        }
    }

    private final Map<String, Channel> byUniqueid = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> variables = new LinkedHashMap<>();

    static PbxSnapshot of(List<CoreShowChannelEvent> events) {
        PbxSnapshot snapshot = new PbxSnapshot();
        for (CoreShowChannelEvent e : events) {
            Channel ch = new Channel(e.getChannel(), e.getUniqueid(), e.getLinkedid(), e.getCallerIdNum(),
                    e.getContext(), e.getExten() != null ? e.getExten() : e.getExtension(), e.getBridgeid(),
                    e.getApplication(), e.getApplicationdata());
            snapshot.byUniqueid.put(ch.uniqueid(), ch);
        }
        return snapshot;
    }

    Channel channel(String uniqueid) {
        return byUniqueid.get(uniqueid);
    }

    Collection<Channel> channels() {
        return byUniqueid.values();
    }

    /** The agent leg bridged with the caller, or null. */
    Channel agentOf(Channel caller) {
        for (Channel ch : byUniqueid.values()) {
            if (!ch.uniqueid().equals(caller.uniqueid()) && caller.uniqueid().equals(ch.linkedid())
                    && ch.bridged() && ch.bridgeId().equals(caller.bridgeId())) {
                return ch;
            }
        }
        return null;
    }

    void variables(String uniqueid, Map<String, String> values) {
        variables.put(uniqueid, values);
    }

    Map<String, String> variables(String uniqueid) {
        return variables.getOrDefault(uniqueid, Map.of());
    }
}
