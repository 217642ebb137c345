package org.sanhe.dispatch.runtime.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * The layout of one snapshot file: a fixed-size header, then the body.
 *
 * <pre>
 * magic "SHSN" (int) | version (short) | sequence | timestamp | journalIndex (longs) | chainHash (32 bytes)
 * | stateHash (64 ASCII hex digits) | body length (int) | SHA-256 of everything before it and of the body (32 bytes)
 * | body
 * </pre>
 *
 * A file cut short, grown, or with any byte changed fails {@link #decode}. Stateless.
 */
final class SnapshotFile {

    /** {@code "SHSN"}: Sanhe snapshot. */
    static final int MAGIC = 0x5348534E;
    static final int VERSION = 1;
    private static final int DIGEST_BYTES = 32;
    private static final int DIGESTED_HEADER_BYTES = 4 + 2 + 3 * 8 + Snapshot.CHAIN_HASH_BYTES
            + Snapshot.STATE_HASH_CHARS + 4;
    static final int HEADER_BYTES = DIGESTED_HEADER_BYTES + DIGEST_BYTES;

    private SnapshotFile() {
    }

    /** The header to write before {@code snapshot.body()}. */
    static byte[] header(Snapshot snapshot) {
        BinaryOut out = new BinaryOut(HEADER_BYTES);
        out.writeInt(MAGIC).writeShort(VERSION).writeLong(snapshot.sequence()).writeLong(snapshot.timestamp())
                .writeLong(snapshot.journalIndex()).writeBytes(snapshot.chainHash(), 0, Snapshot.CHAIN_HASH_BYTES);
        byte[] stateHash = snapshot.stateHash().getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(stateHash, 0, stateHash.length).writeInt(snapshot.body().length);
        byte[] digest = digest(out.array(), snapshot.body());
        return out.writeBytes(digest, 0, DIGEST_BYTES).toByteArray();
    }

    /**
     * The snapshot in a whole file's bytes.
     *
     * @throws MalformedRecordException when the file is not a snapshot of this version, is cut short or too long, or
     *                                  its digest does not match
     */
    static Snapshot decode(byte[] file) {
        BinaryIn in = new BinaryIn(file);
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new MalformedRecordException("not a snapshot file: magic " + Integer.toHexString(magic));
        }
        int version = in.readShort();
        if (version != VERSION) {
            throw new MalformedRecordException("unknown snapshot file version " + version);
        }
        long sequence = in.readLong();
        long timestamp = in.readLong();
        long journalIndex = in.readLong();
        byte[] chainHash = in.readBytes(Snapshot.CHAIN_HASH_BYTES);
        String stateHash = new String(in.readBytes(Snapshot.STATE_HASH_CHARS), StandardCharsets.US_ASCII);
        int bodyLength = in.readInt();
        byte[] recorded = in.readBytes(DIGEST_BYTES);
        if (bodyLength != in.remaining()) {
            throw new MalformedRecordException("body of " + in.remaining() + " bytes, header says " + bodyLength);
        }
        byte[] body = in.readBytes(bodyLength);
        if (!MessageDigest.isEqual(recorded, digest(file, body))) {
            throw new MalformedRecordException("snapshot " + sequence + " does not match its digest");
        }
        return ValueCodec.valid(() -> new Snapshot(sequence, timestamp, journalIndex, chainHash, stateHash, body));
    }

    /** SHA-256 of the first {@link #DIGESTED_HEADER_BYTES} of {@code header}, then of {@code body}. */
    private static byte[] digest(byte[] header, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(header, 0, DIGESTED_HEADER_BYTES);
            sha.update(body);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
