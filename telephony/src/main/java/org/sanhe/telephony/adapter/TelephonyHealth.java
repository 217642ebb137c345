package org.sanhe.telephony.adapter;

import java.time.Instant;

/**
 * What the health endpoint and the metrics show about the PBX link. An immutable snapshot; safe to read on any thread.
 *
 * @param state            the link's state
 * @param lastEventAt      when the last AMI event or response arrived, or null if none yet
 * @param connects         successful logins so far (the first one and every reconnect)
 * @param resyncs          completed re-syncs after a (re)connect or a queue overflow
 * @param droppedEvents    events dropped because the hand-off queue was full (each one triggers a re-sync)
 * @param liveCalls        calls the adapter currently follows
 * @param commandsSubmitted commands submitted to the core so far
 * @param commandsHeld     commands held because the journal refused them (a full disk), delivered when it takes
 *                         commands again
 * @param commandsDropped  commands dropped because {@value CoreFeed#CAPACITY} were held already
 * @param standby          whether the adapter is in standby (a cluster's follower: it follows the PBX and keeps its
 *                         commands instead of submitting them; see {@link StandbyLedger})
 * @param commandsPending  commands kept in standby that this member's replica has not applied from the leader
 * @param pendingDropped   kept commands pushed out by the standby's bounds
 * @param duplicatesRejected kept commands submitted on promotion that the core had already (rejected, harmless)
 */
public record TelephonyHealth(LinkState state, Instant lastEventAt, long connects, long resyncs, long droppedEvents,
        int liveCalls, long commandsSubmitted, int commandsHeld, long commandsDropped, boolean standby,
        int commandsPending, long pendingDropped, long duplicatesRejected) {
}
