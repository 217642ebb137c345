package org.sanhe.dispatch.domain.alert;

import java.util.Objects;

/**
 * What identifies one CAP message: its sender, its identifier and the text of its {@code sent} element, exactly as
 * received. The same three again are the same message; CAP's {@code references} name earlier messages by them.
 *
 * @param sender     the sender's identifier, e.g. {@code cap@ec.gc.ca}
 * @param identifier the sender's identifier of the message
 * @param sent       the {@code sent} element's text, e.g. {@code 2026-07-01T08:00:00+08:00}
 */
public record AlertKey(String sender, String identifier, String sent) {

    public AlertKey {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(sent, "sent");
        if (sender.isBlank() || identifier.isBlank() || sent.isBlank()) {
            throw new IllegalArgumentException("an alert key needs a sender, an identifier and a sent time");
        }
    }

    /** CAP's form: {@code sender,identifier,sent}. */
    @Override
    public String toString() {
        return sender + "," + identifier + "," + sent;
    }
}
