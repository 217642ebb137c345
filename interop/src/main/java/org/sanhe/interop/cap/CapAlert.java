package org.sanhe.interop.cap;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One CAP 1.2 message, read and checked by {@link CapReader}. Immutable.
 *
 * @param key        sender, identifier and sent: what identifies the message
 * @param sentAt     {@code sent} as an instant
 * @param status     {@code Actual}, {@code Exercise}, {@code System}, {@code Test} or {@code Draft}
 * @param msgType    {@code Alert}, {@code Update}, {@code Cancel}, {@code Ack} or {@code Error}
 * @param scope      {@code Public}, {@code Restricted} or {@code Private}
 * @param references the earlier messages an {@code Update}, {@code Cancel}, {@code Ack} or {@code Error} is about
 * @param infos      the message's {@code info} blocks (none for a bare cancel)
 */
public record CapAlert(CapKey key, Instant sentAt, String status, String msgType, String scope,
        List<CapKey> references, List<CapInfo> infos) {

    public CapAlert {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sentAt, "sentAt");
        references = List.copyOf(references);
        infos = List.copyOf(infos);
    }

    /** The latest {@code expires} of its blocks, or {@code null} when a block gives none (it lasts until cancelled). */
    public Instant expires() {
        Instant latest = null;
        for (CapInfo info : infos) {
            if (info.expires() == null) {
                return null;
            }
            latest = latest == null || info.expires().isAfter(latest) ? info.expires() : latest;
        }
        return latest;
    }

    /** Every area of every block. */
    public List<CapArea> areas() {
        return infos.stream().flatMap(info -> info.areas().stream()).toList();
    }
}
