package org.sanhe.dispatch.runtime.cluster;

/**
 * What two members must agree on after applying the same log: the last sequence, the centre's
 * {@code stateHash()} and the journal's chain head (hex).
 */
public record Fingerprint(long sequence, String stateHash, String chainHead) {
}
