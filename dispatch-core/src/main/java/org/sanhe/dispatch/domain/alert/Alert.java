package org.sanhe.dispatch.domain.alert;

import java.util.List;
import java.util.Objects;

/**
 * One CAP message as the centre holds it. Immutable: the {@link AlertDesk} replaces it when its state changes.
 *
 * @param id            numbered by the core from 1, in the order received
 * @param key           sender, identifier and sent: what identifies the message
 * @param sentAt        its {@code sent} time, epoch milliseconds
 * @param status        CAP's {@code status}: {@code Actual}, {@code Exercise}, {@code System}, {@code Test},
 *                      {@code Draft}
 * @param msgType       CAP's {@code msgType}: {@code Alert}, {@code Update}, {@code Cancel}, {@code Ack},
 *                      {@code Error}
 * @param scope         CAP's {@code scope}
 * @param references    the earlier messages it is about
 * @param text          what it says (of its first {@code info} block)
 * @param expiresAt     when it ends, epoch milliseconds; 0 when it names no end (it lasts until cancelled)
 * @param areas         the areas of all its {@code info} blocks
 * @param receivedAt    when the centre received it, epoch milliseconds
 * @param state         where it stands
 * @param endedAt       when it stopped being active, 0 while it is (or was never active)
 * @param endedBy       the id of the alert whose {@code Update} or {@code Cancel} ended it, 0 for none
 * @param expiryTimerId the core timer that expires it, 0 for none
 */
public record Alert(long id, AlertKey key, long sentAt, String status, String msgType, String scope,
                    List<AlertKey> references, AlertText text, long expiresAt, List<AlertArea> areas,
                    long receivedAt, AlertState state, long endedAt, long endedBy, long expiryTimerId) {

    public Alert {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        references = List.copyOf(references);
        areas = List.copyOf(areas);
    }

    public boolean isActive() {
        return state == AlertState.ACTIVE;
    }

    /** The same alert in another state, ended at {@code at} by {@code by} (0 for none). */
    Alert ended(AlertState to, long at, long by) {
        return new Alert(id, key, sentAt, status, msgType, scope, references, text, expiresAt, areas, receivedAt, to,
                at, by, 0);
    }

    /** The same alert with its expiry timer. */
    Alert withTimer(long timerId) {
        return new Alert(id, key, sentAt, status, msgType, scope, references, text, expiresAt, areas, receivedAt,
                state, endedAt, endedBy, timerId);
    }
}
