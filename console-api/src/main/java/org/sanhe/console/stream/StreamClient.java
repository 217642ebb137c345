package org.sanhe.console.stream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket client of the stream. Confined to its channel's event loop: every method must be called there.
 *
 * <p>Messages go out in sequence order while the channel is writable (Netty's write-buffer water marks bound what
 * sits in the channel's outbound buffer); beyond that they wait in a queue of at most {@link #MAX_QUEUED}. A client
 * whose queue overflows is slow: it is cut loose with close code {@link #CLOSE_TOO_SLOW} and the reason
 * {@code resume from=N}, N being the first sequence it did not get, and nobody else waits for it. While it catches
 * up from the journal, live messages are held (at most {@link #MAX_QUEUED}) and sent after, without duplicates.
 */
public final class StreamClient {

    /** Messages a client may have waiting beyond its channel's outbound buffer. */
    public static final int MAX_QUEUED = 4_096;
    /** The client fell behind; reconnect with {@code from=N} from the close reason. */
    public static final int CLOSE_TOO_SLOW = 4008;
    /** The gap to catch up is larger than the server replays; reconnect without {@code from} for a snapshot. */
    public static final int CLOSE_GAP_TOO_LARGE = 4009;
    /** The server's own feed overflowed; reconnect with {@code from=N} from the close reason. */
    public static final int CLOSE_SERVER_BEHIND = 4010;

    /** One message, as the complete WebSocket frame on the wire ({@link WireFrames}), and its command's sequence. */
    record Message(long sequence, ByteBuf frame) {
    }

    private enum Phase { STARTING, LIVE, CLOSED }

    private final Channel channel;
    private final StreamFanout fanout;
    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private final ArrayDeque<Message> held = new ArrayDeque<>();
    private Phase phase = Phase.STARTING;
    /** The last sequence written to the channel. */
    private long lastSent;
    /** The last sequence put in the queue (or written). */
    private long lastQueued;

    StreamClient(Channel channel, StreamFanout fanout) {
        this.channel = channel;
        this.fanout = fanout;
    }

    Channel channel() {
        return channel;
    }

    /**
     * Live messages from the hub, in order; written together and flushed once. The hub may lag behind the journal, so
     * a message the catch-up (or the snapshot) already covered can still arrive after it: anything at or below the
     * last queued sequence is dropped.
     */
    void live(List<Message> batch) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (phase == Phase.STARTING) {
            held.addAll(batch);
            if (held.size() > MAX_QUEUED) {
                cut(CLOSE_TOO_SLOW, "resume from=" + (lastSent + 1));
            }
            return;
        }
        if (!queued(batch)) {
            cut(CLOSE_TOO_SLOW, "resume from=" + (lastSent + 1));
            return;
        }
        drain();
    }

    /** The snapshot taken at {@code sequence}: sent first, then everything live after it. */
    void snapshot(long sequence, byte[] json) {
        if (phase != Phase.STARTING) {
            return;
        }
        channel.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(json)));
        lastSent = sequence;
        lastQueued = sequence;
        goLive();
    }

    /**
     * The messages caught up from the journal, from sequence {@code from} on, in order; then everything live after
     * them.
     */
    void caughtUp(long from, List<Message> messages) {
        if (phase != Phase.STARTING) {
            return;
        }
        lastSent = from - 1;
        lastQueued = from - 1;
        for (Message m : messages) {
            queue.add(m);
            lastQueued = m.sequence();
        }
        drain();
        goLive();
    }

    private void goLive() {
        phase = Phase.LIVE;
        boolean fits = queued(held);
        held.clear();
        if (!fits) {
            cut(CLOSE_TOO_SLOW, "resume from=" + (lastSent + 1));
            return;
        }
        drain();
    }

    /** Queues the messages after the last queued one; false when the queue would overflow. */
    private boolean queued(Iterable<Message> messages) {
        for (Message m : messages) {
            if (m.sequence() <= lastQueued) {
                continue;
            }
            if (queue.size() >= MAX_QUEUED) {
                return false;
            }
            queue.add(m);
            lastQueued = m.sequence();
        }
        return true;
    }

    /** Writes what the channel takes; called again when it becomes writable. */
    void drain() {
        boolean wrote = false;
        while (phase != Phase.CLOSED && channel.isWritable() && !queue.isEmpty()) {
            Message m = queue.poll();
            // no promise per message: a failed write reaches StreamHandler.exceptionCaught, which drops the client
            channel.write(m.frame().duplicate(), channel.voidPromise());
            lastSent = m.sequence();
            wrote = true;
        }
        if (wrote) {
            channel.flush();
        }
    }

    /** Closes with a code; what was written before still reaches the client, then the close frame. */
    void cut(int code, String reason) {
        if (phase == Phase.CLOSED) {
            return;
        }
        phase = Phase.CLOSED;
        queue.clear();
        held.clear();
        fanout.remove(this);
        channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
        channel.eventLoop().schedule(() -> channel.close(), 30, TimeUnit.SECONDS);
    }

    /** The channel closed. */
    void closed() {
        phase = Phase.CLOSED;
        queue.clear();
        held.clear();
        fanout.remove(this);
    }

    /** The next sequence this client needs: for the close reason when the server falls behind. */
    long resumeFrom() {
        return lastSent + 1;
    }
}
