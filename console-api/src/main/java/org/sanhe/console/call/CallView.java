package org.sanhe.console.call;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.Enums;
import org.sanhe.dispatch.domain.call.Call;

/** A call as JSON. Built on the core thread from the live entity; keeps nothing of it. */
public final class CallView {

    private CallView() {
    }

    public static ObjectNode of(Call call) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("id", call.id());
        node.put("line", call.line());
        node.put("lineKnown", call.lineKnown());
        node.put("callerNumber", call.callerNumber());
        node.put("state", Enums.code(call.state()));
        Views.putTime(node, "offeredAt", call.offeredAt());
        Views.putTime(node, "answeredAt", call.answeredAt());
        Views.putTime(node, "closedAt", call.closedAt());
        node.put("answeredBy", call.answeredBy());
        node.put("answeredSeat", call.answeredSeat());
        node.put("endCause", call.endCause());
        if (call.location() == null) {
            node.putNull("location");
        } else {
            node.set("location", Views.location(call.location()));
        }
        Views.putId(node, "incidentId", call.incidentId());
        return node;
    }
}
