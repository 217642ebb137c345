package org.sanhe.telephony.adapter;

import java.util.Objects;

/**
 * A call the core holds as live (queued or answered) when an adapter starts, so that the adapter follows it as its
 * own: after a failover the new leader's adapter starts with the calls the old one had offered, and its first re-sync
 * with the PBX answers, ends ({@link CallTracker#LOST_CAUSE}) or keeps each of them instead of offering it again.
 *
 * @param callId   the core's call id
 * @param uniqueid the PBX channel's Uniqueid the call was offered with (the core's {@code channelId})
 * @param answered whether the core holds it as answered (else queued)
 */
public record LiveCall(String callId, String uniqueid, boolean answered) {

    public LiveCall {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(uniqueid, "uniqueid");
    }
}
