package org.sanhe.dispatch.runtime.cluster;

/**
 * What two members must agree on after applying the same log: the last sequence, the centre's
 * {@code stateHash()} and the journal's chain head (hex); and how many of the core's timers are pending (a member
 * with none changes only when a client sends a command).
 */
public record Fingerprint(long sequence, String stateHash, String chainHead, int pendingTimers) {
}
