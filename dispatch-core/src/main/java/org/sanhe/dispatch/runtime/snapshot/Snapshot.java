package org.sanhe.dispatch.runtime.snapshot;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One snapshot: the centre's state after the command at {@code sequence}, and where that command sits in the journal.
 * Immutable by convention: it takes the arrays it is given without copying (a body can be megabytes), and neither the
 * maker nor any reader may change them afterwards. Safe to hand from the core's thread to a writer thread.
 *
 * @param sequence     the sequence of the last command applied ({@code Centre.lastSequence()})
 * @param timestamp    the timestamp of that command ({@code Centre.lastTimestamp()})
 * @param journalIndex the journal's position of that command's entry; opaque here, kept for the recovery to resume
 * @param chainHash    the journal's hash chain value at that entry, 32 bytes
 * @param stateHash    {@code Centre.stateHash()} after that command: 64 lower-case hex digits
 * @param body         the state as {@link StateCodec} encodes it
 */
public record Snapshot(long sequence, long timestamp, long journalIndex, byte[] chainHash, String stateHash,
                       byte[] body) {

    /** Bytes in a chain hash (SHA-256). */
    public static final int CHAIN_HASH_BYTES = 32;
    /** Characters in a state hash (SHA-256 in hex). */
    public static final int STATE_HASH_CHARS = 64;

    public Snapshot {
        Objects.requireNonNull(chainHash, "chainHash");
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(body, "body");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, was " + sequence);
        }
        if (chainHash.length != CHAIN_HASH_BYTES) {
            throw new IllegalArgumentException("chainHash must have 32 bytes, has " + chainHash.length);
        }
        if (stateHash.length() != STATE_HASH_CHARS || !stateHash.chars().allMatch(Snapshot::isLowerHex)) {
            throw new IllegalArgumentException("stateHash must be 64 lower-case hex digits, was " + stateHash);
        }
    }

    private static boolean isLowerHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /** Equal when every field and the content of both arrays are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && sequence == s.sequence && timestamp == s.timestamp
                && journalIndex == s.journalIndex && Arrays.equals(chainHash, s.chainHash)
                && stateHash.equals(s.stateHash) && Arrays.equals(body, s.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, timestamp, journalIndex, Arrays.hashCode(chainHash), stateHash,
                Arrays.hashCode(body));
    }

    /** The fields and the body's length, not its bytes. */
    @Override
    public String toString() {
        return "Snapshot[sequence=" + sequence + ", timestamp=" + timestamp + ", journalIndex=" + journalIndex
                + ", chainHash=" + HexFormat.of().formatHex(chainHash) + ", stateHash=" + stateHash
                + ", body=" + body.length + " bytes]";
    }
}
