package org.sanhe.dispatch.runtime.cluster;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;

/**
 * The replies to recently applied commands, by client and correlation id, so that a command retried across a leader
 * change is applied once and its retry gets the first answer. Part of the replicated state: changed only by applied
 * log messages, in log order, kept in that (insertion) order, carried in the snapshot, and bounded
 * deterministically: an entry is forgotten once it is older than {@code window} milliseconds of cluster time or
 * when more than {@code capacity} are kept. A client must stop retrying well within the window (the gateway's
 * deadline is seconds, the window minutes). Used on the service's thread only.
 */
final class RetryTable {

    /** Ten minutes of cluster time. */
    static final long DEFAULT_WINDOW_MILLIS = 10 * 60_000L;
    static final int DEFAULT_CAPACITY = 100_000;

    private record Key(long clientId, long correlationId) {
    }

    private record Entry(Reply reply, long appliedAt) {
    }

    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();
    private final long windowMillis;
    private final int capacity;

    RetryTable(long windowMillis, int capacity) {
        if (windowMillis <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("window and capacity must be positive");
        }
        this.windowMillis = windowMillis;
        this.capacity = capacity;
    }

    RetryTable() {
        this(DEFAULT_WINDOW_MILLIS, DEFAULT_CAPACITY);
    }

    /** The reply given to this command before, or null. */
    Reply find(long clientId, long correlationId) {
        Entry entry = entries.get(new Key(clientId, correlationId));
        return entry == null ? null : entry.reply();
    }

    /** Remembers a reply given at cluster time {@code now}, forgetting what is out of the window or over capacity. */
    void remember(long clientId, Reply reply, long now) {
        entries.put(new Key(clientId, reply.correlationId()), new Entry(reply, now));
        Iterator<Map.Entry<Key, Entry>> oldest = entries.entrySet().iterator();
        while (oldest.hasNext()) {
            Entry entry = oldest.next().getValue();
            if (entries.size() <= capacity && entry.appliedAt() >= now - windowMillis) {
                break;
            }
            oldest.remove();
        }
    }

    int size() {
        return entries.size();
    }

    /** A count, then each entry in order: client id, applied-at, reply. */
    void encode(BinaryOut out) {
        out.writeInt(entries.size());
        BinaryOut reply = new BinaryOut(128);
        for (Map.Entry<Key, Entry> e : entries.entrySet()) {
            e.getValue().reply().encode(reply);
            out.writeLong(e.getKey().clientId()).writeLong(e.getValue().appliedAt()).writeInt(reply.length())
                    .writeBytes(reply.array(), 0, reply.length());
        }
    }

    /** Replaces the content with what {@link #encode} wrote. */
    void decode(BinaryIn in) {
        entries.clear();
        int n = in.count();
        for (int i = 0; i < n; i++) {
            long clientId = in.readLong();
            long appliedAt = in.readLong();
            int length = in.readInt();
            BinaryIn replyIn = new BinaryIn(in.readBytes(length));
            Reply reply = Reply.decode(replyIn);
            if (replyIn.remaining() != 0) {
                throw new MalformedRecordException("retry table: bytes left after a reply");
            }
            entries.put(new Key(clientId, reply.correlationId()), new Entry(reply, appliedAt));
        }
    }
}
