package org.sanhe.dispatch.runtime.journal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * The layout of one journal entry and its hash-chain link:
 * <pre>
 * byte format(1) | long sequence | long timestamp | actor | short typeId | byte version | int length | payload
 * | 32 bytes link = SHA-256(previous link | every byte before the link)
 * </pre>
 * The first entry's previous link is 32 zero bytes. One instance per thread: it reuses its buffers.
 */
public final class EntryCodec {

    public static final int FORMAT = 1;
    public static final int LINK_BYTES = 32;
    public static final byte[] GENESIS = new byte[LINK_BYTES];

    private final BinaryOut out = new BinaryOut(512);
    private final BinaryOut payload = new BinaryOut(256);
    private final MessageDigest sha256;

    public EntryCodec() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Encodes an entry chained to {@code previousLink}; the bytes stay valid until the next call. */
    public BinaryOut encode(long sequence, long timestamp, Actor actor, Command command, byte[] previousLink) {
        out.reset().writeByte(FORMAT).writeLong(sequence).writeLong(timestamp);
        ValueCodec.actor(out, actor);
        CommandCodecs.write(out, command, payload);
        byte[] link = link(previousLink, out.array(), out.length());
        return out.writeBytes(link, 0, LINK_BYTES);
    }

    /**
     * Decodes an entry and checks its link against {@code previousLink}.
     *
     * @throws MalformedRecordException when the bytes do not decode
     * @throws BrokenChainException     when they decode but the link does not match
     */
    public JournalEntry decode(byte[] bytes, int length, long index, byte[] previousLink) {
        if (length < LINK_BYTES + 1) {
            throw new MalformedRecordException("entry of " + length + " bytes");
        }
        int body = length - LINK_BYTES;
        BinaryIn in = new BinaryIn(bytes, 0, body);
        int format = in.readByte();
        if (format != FORMAT) {
            throw new MalformedRecordException("entry format " + format);
        }
        long sequence = in.readLong();
        long timestamp = in.readLong();
        Actor actor = ValueCodec.actor(in);
        Command command = CommandCodecs.read(in);
        byte[] stored = Arrays.copyOfRange(bytes, body, length);
        byte[] expected = link(previousLink, bytes, body);
        if (!MessageDigest.isEqual(stored, expected)) {
            throw new BrokenChainException(sequence);
        }
        return new JournalEntry(sequence, timestamp, actor, command, index, stored);
    }

    /** {@code digest()} leaves the digest reset, so each link starts clean. */
    private byte[] link(byte[] previousLink, byte[] bytes, int length) {
        sha256.update(previousLink);
        sha256.update(bytes, 0, length);
        return sha256.digest();
    }
}
