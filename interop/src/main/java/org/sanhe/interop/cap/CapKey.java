package org.sanhe.interop.cap;

import java.util.Objects;

/**
 * What identifies one CAP message: its sender, its identifier and the text of its {@code sent} time. CAP's
 * {@code references} name earlier messages by these three, joined with commas; the same three received again are the
 * same message.
 *
 * @param sender     the sender's identifier, e.g. {@code cap@ec.gc.ca}
 * @param identifier the sender's identifier of the message
 * @param sent       the {@code sent} element's text, e.g. {@code 2012-05-02T23:21:04-00:00}
 */
public record CapKey(String sender, String identifier, String sent) {

    public CapKey {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(sent, "sent");
    }

    /** The form CAP uses in {@code references}: {@code sender,identifier,sent}. */
    @Override
    public String toString() {
        return sender + "," + identifier + "," + sent;
    }
}
