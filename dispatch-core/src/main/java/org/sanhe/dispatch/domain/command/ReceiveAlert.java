package org.sanhe.dispatch.domain.command;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.alert.AlertText;

/**
 * A CAP 1.2 message received from a warning system, parsed and checked at the edge: what the core acts on as fields,
 * and the document itself, so that an auditor sees exactly what arrived.
 *
 * @param key        sender, identifier and sent, as received
 * @param sentAt     its {@code sent} time, epoch milliseconds
 * @param status     CAP's {@code status}
 * @param msgType    {@code Alert}, {@code Update}, {@code Cancel}, {@code Ack} or {@code Error}
 * @param scope      CAP's {@code scope}
 * @param references the earlier messages it is about
 * @param text       what it says
 * @param expiresAt  when it ends, epoch milliseconds; 0 for no end
 * @param areas      its areas, WGS-84
 * @param document   the CAP document as received (UTF-8 text)
 */
public record ReceiveAlert(AlertKey key, long sentAt, String status, String msgType, String scope,
                           List<AlertKey> references, AlertText text, long expiresAt, List<AlertArea> areas,
                           String document) implements Command {

    /** CAP 1.2's message types. */
    public static final Set<String> MESSAGE_TYPES = Set.of("Alert", "Update", "Cancel", "Ack", "Error");

    public ReceiveAlert {
        Objects.requireNonNull(key, "key");
        Fields.text(status, "status");
        if (!MESSAGE_TYPES.contains(msgType)) {
            throw new IllegalArgumentException("msgType must be one of " + MESSAGE_TYPES + ", was " + msgType);
        }
        Fields.text(scope, "scope");
        references = List.copyOf(references);
        Objects.requireNonNull(text, "text");
        if (expiresAt < 0) {
            throw new IllegalArgumentException("expiresAt must not be negative");
        }
        areas = List.copyOf(areas);
        Fields.text(document, "document");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.receiveAlert(this);
    }
}
