package org.sanhe.telephony.simulator;

import org.sanhe.telephony.ami.AmiPacket;

/** Response packets as Asterisk writes them: {@code Response:} first, the action's ActionID right after if any. */
final class Responses {

    static final String UNKNOWN_ACTION = "Invalid/unknown command: %s. Use Action: ListCommands to show available"
            + " commands.";

    private Responses() {
    }

    static AmiPacket.Builder of(String response, AmiPacket action) {
        AmiPacket.Builder b = AmiPacket.builder().add("Response", response);
        String actionId = action.get("ActionID");
        if (actionId != null) {
            b.add("ActionID", actionId);
        }
        return b;
    }

    static AmiPacket.Builder success(AmiPacket action) {
        return of("Success", action);
    }

    static AmiPacket error(AmiPacket action, String message) {
        return of("Error", action).add("Message", message).build();
    }

    /** The first event of a list: {@code Response: Success}, {@code EventList: start}, what will follow. */
    static AmiPacket listStart(AmiPacket action, String message) {
        return success(action).add("EventList", "start").add("Message", message).build();
    }

    /** The closing event of a list. */
    static AmiPacket listComplete(String event, AmiPacket action, int items) {
        AmiPacket.Builder b = AmiPacket.builder().add("Event", event);
        addActionId(b, action);
        return b.add("EventList", "Complete").add("ListItems", items).build();
    }

    static void addActionId(AmiPacket.Builder b, AmiPacket action) {
        String actionId = action.get("ActionID");
        if (actionId != null) {
            b.add("ActionID", actionId);
        }
    }
}
