package org.sanhe.telephony.simulator;

import java.util.List;
import java.util.Map;
import org.sanhe.telephony.ami.AmiPacket;

/**
 * The list actions — CoreShowChannels, Status, QueueStatus — framed as Asterisk 20 frames them: a success response
 * with {@code EventList: start}, one event per item carrying the ActionID, then the {@code ...Complete} event with
 * {@code EventList: Complete} and {@code ListItems}. The whole list is written under the PBX lock, so it is a
 * consistent snapshot and no call event lands inside it. Runs on a session's reader thread.
 */
final class ListActions {

    private final AmiSession session;
    private final SimulatedPbx pbx;

    ListActions(AmiSession session, SimulatedPbx pbx) {
        this.session = session;
        this.pbx = pbx;
    }

    void handle(String key, AmiPacket action) {
        pbx.locked(() -> {
            switch (key) {
                case "coreshowchannels" -> coreShowChannels(action);
                case "status" -> status(action);
                case "queuestatus" -> queueStatus(action);
                default -> throw new IllegalArgumentException(key);
            }
            return null;
        });
    }

    private void coreShowChannels(AmiPacket action) {
        session.send(Responses.listStart(action, "Channels will follow"));
        int items = 0;
        long now = pbx.clock().millis();
        for (SimChannel ch : pbx.channels()) {
            AmiPacket.Builder item = AmiPacket.builder().add("Event", "CoreShowChannel");
            Responses.addActionId(item, action);
            session.send(item.addAll("", ch.block())
                    .add("BridgeId", ch.bridgeId)
                    .add("Application", ch.application)
                    .add("ApplicationData", ch.appData)
                    .add("Duration", duration(now - ch.createdAtMillis))
                    .build());
            items++;
        }
        session.send(Responses.listComplete("CoreShowChannelsComplete", action, items));
    }

    private void status(AmiPacket action) {
        session.send(Responses.listStart(action, "Channel status will follow"));
        int items = 0;
        long now = pbx.clock().millis();
        for (SimChannel ch : pbx.channels()) {
            AmiPacket.Builder item = AmiPacket.builder().add("Event", "Status").add("Privilege", "Call")
                    .addAll("", ch.block())
                    .add("Type", "PJSIP").add("DNID", ch.exten)
                    .add("EffectiveConnectedLineNum", SimChannel.orUnknown(ch.connectedNum))
                    .add("EffectiveConnectedLineName", SimChannel.orUnknown(ch.connectedName))
                    .add("TimeToHangup", 0).add("BridgeID", ch.bridgeId)
                    .add("Application", ch.application).add("Data", ch.appData)
                    .add("Nativeformats", "(ulaw)").add("Readformat", "ulaw").add("Readtrans", "")
                    .add("Writeformat", "ulaw").add("Writetrans", "").add("Callgroup", 0).add("Pickupgroup", 0)
                    .add("Seconds", (now - ch.createdAtMillis) / 1000);
            Responses.addActionId(item, action);
            session.send(item.build());
            items++;
        }
        AmiPacket.Builder done = AmiPacket.builder().add("Event", "StatusComplete");
        Responses.addActionId(done, action);
        session.send(done.add("EventList", "Complete").add("ListItems", items).add("Items", items).build());
    }

    private void queueStatus(AmiPacket action) {
        session.send(Responses.listStart(action, "Queue status will follow"));
        String only = action.get("Queue");
        int items = 0;
        long now = pbx.clock().millis();
        for (Map.Entry<String, List<SimChannel>> queue : pbx.queueCallers().entrySet()) {
            if (only != null && !only.isEmpty() && !only.equals(queue.getKey())) {
                continue;
            }
            AmiPacket.Builder params = AmiPacket.builder().add("Event", "QueueParams").add("Queue", queue.getKey())
                    .add("Max", 0).add("Strategy", "ringall").add("Calls", queue.getValue().size())
                    .add("Holdtime", 0).add("TalkTime", 0).add("Completed", 0).add("Abandoned", 0)
                    .add("ServiceLevel", 0).add("ServicelevelPerf", "0.0").add("ServicelevelPerf2", "0.0")
                    .add("Weight", 0);
            Responses.addActionId(params, action);
            session.send(params.build());
            items++;
            int position = 1;
            for (SimChannel ch : queue.getValue()) {
                AmiPacket.Builder entry = AmiPacket.builder().add("Event", "QueueEntry")
                        .add("Queue", queue.getKey()).add("Position", position++).add("Channel", ch.name)
                        .add("Uniqueid", ch.uniqueid).add("CallerIDNum", SimChannel.orUnknown(ch.callerNum))
                        .add("CallerIDName", SimChannel.orUnknown(ch.callerName))
                        .add("ConnectedLineNum", SimChannel.orUnknown(ch.connectedNum))
                        .add("ConnectedLineName", SimChannel.orUnknown(ch.connectedName))
                        .add("Wait", (now - ch.createdAtMillis) / 1000).add("Priority", 0);
                Responses.addActionId(entry, action);
                session.send(entry.build());
                items++;
            }
        }
        session.send(Responses.listComplete("QueueStatusComplete", action, items));
    }

    private static String duration(long millis) {
        long s = Math.max(0, millis / 1000);
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
