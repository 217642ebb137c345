package org.sanhe.dispatch.runtime.cluster;

import io.aeron.ExclusivePublication;
import io.aeron.Image;
import io.aeron.logbuffer.FragmentHandler;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.journal.EntryCodec;
import org.sanhe.dispatch.runtime.snapshot.StateCodec;

/**
 * The service's state in an Aeron snapshot: the centre (by the snapshot codec, {@link StateCodec}), the chain
 * head and the retry table.
 * <pre>
 * int magic "SHCL" | short version | 32 bytes chain head | retry table | int length | centre state
 * </pre>
 * On the snapshot publication it goes as a {@code long} total length, then chunks no longer than the publication's
 * largest unfragmented payload, so any term length carries any state size. Called on the service's thread.
 */
final class ServiceSnapshot {

    /** {@code "SHCL"}: Sanhe cluster service state. */
    static final int MAGIC = 0x5348434c;
    static final int VERSION = 1;

    /** What a snapshot restores. */
    record Restored(Centre centre, byte[] chainHead) {
    }

    private ServiceSnapshot() {
    }

    static byte[] encode(Centre centre, byte[] chainHead, RetryTable retries) {
        byte[] state = StateCodec.encode(centre);
        BinaryOut out = new BinaryOut(state.length + 1024);
        out.writeInt(MAGIC).writeShort(VERSION).writeBytes(chainHead, 0, EntryCodec.LINK_BYTES);
        retries.encode(out);
        out.writeInt(state.length).writeBytes(state, 0, state.length);
        return out.toByteArray();
    }

    /** Decodes into a new centre, filling {@code retries}. */
    static Restored decode(byte[] bytes, RetryTable retries) {
        BinaryIn in = new BinaryIn(bytes);
        int magic = in.readInt();
        int version = in.readShort();
        if (magic != MAGIC || version != VERSION) {
            throw new MalformedRecordException("not a cluster service snapshot of version " + VERSION + ": magic "
                    + Integer.toHexString(magic) + ", version " + version);
        }
        byte[] head = in.readBytes(EntryCodec.LINK_BYTES);
        retries.decode(in);
        byte[] state = in.readBytes(in.readInt());
        if (in.remaining() != 0) {
            throw new MalformedRecordException(in.remaining() + " bytes after the cluster service snapshot");
        }
        return new Restored(StateCodec.decode(state), head);
    }

    static void write(byte[] bytes, ExclusivePublication publication, IdleStrategy idle) {
        UnsafeBuffer buffer = new UnsafeBuffer(new byte[Math.max(Long.BYTES, publication.maxPayloadLength())]);
        buffer.putLong(0, bytes.length);
        offer(publication, buffer, Long.BYTES, idle);
        int chunk = publication.maxPayloadLength();
        for (int at = 0; at < bytes.length; at += chunk) {
            int n = Math.min(chunk, bytes.length - at);
            buffer.putBytes(0, bytes, at, n);
            offer(publication, buffer, n, idle);
        }
    }

    private static void offer(ExclusivePublication publication, UnsafeBuffer buffer, int length, IdleStrategy idle) {
        idle.reset();
        long result;
        while ((result = publication.offer(buffer, 0, length)) < 0) {
            if (result == ExclusivePublication.CLOSED || result == ExclusivePublication.MAX_POSITION_EXCEEDED) {
                throw new IllegalStateException("the snapshot publication refused a chunk: " + result);
            }
            idle.idle();
        }
    }

    /** Reads what {@link #write} wrote from the snapshot image, one fragment at a time: Aeron's end marker follows. */
    static byte[] read(Image image, IdleStrategy idle) {
        Reader reader = new Reader();
        while (!reader.done()) {
            if (image.isEndOfStream() || image.isClosed()) {
                throw new MalformedRecordException("the snapshot ended after " + reader.filled + " bytes");
            }
            idle.idle(image.poll(reader, 1));
        }
        return reader.bytes;
    }

    private static final class Reader implements FragmentHandler {
        byte[] bytes;
        int filled;

        @Override
        public void onFragment(org.agrona.DirectBuffer buffer, int offset, int length,
                               io.aeron.logbuffer.Header header) {
            if (bytes == null) {
                long total = buffer.getLong(offset);
                if (length != Long.BYTES || total < 0 || total > Integer.MAX_VALUE - 8) {
                    throw new MalformedRecordException("snapshot length " + total);
                }
                bytes = new byte[(int) total];
                return;
            }
            if (filled + length > bytes.length) {
                throw new MalformedRecordException("snapshot longer than announced");
            }
            buffer.getBytes(offset, bytes, filled, length);
            filled += length;
        }

        boolean done() {
            return bytes != null && filled == bytes.length;
        }
    }
}
