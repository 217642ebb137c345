package org.sanhe.console.stream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * WebSocket text frames as the bytes a server puts on the wire (RFC 6455, unmasked), encoded by Netty's own frame
 * encoder. A server's frame is the same for every client, so an event is framed once and the same bytes are written
 * to each connection as they are, past the pipeline's frame encoder (which lets plain buffers through). Not
 * thread-safe: one per thread.
 */
final class WireFrames {

    private final EmbeddedChannel encoder = new EmbeddedChannel(new WebSocket13FrameEncoder(false));

    /**
     * One text frame carrying {@code utf8}, header and payload together, in direct memory that is never released (the
     * garbage collector frees it): each client writes a {@link ByteBuf#duplicate() duplicate}, which a native
     * transport hands to the kernel as it is, with no copy per client.
     */
    ByteBuf text(byte[] utf8) {
        encoder.writeOutbound(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)));
        List<ByteBuf> parts = new ArrayList<>(2);
        int length = 0;
        for (ByteBuf part; (part = encoder.readOutbound()) != null; ) {
            parts.add(part);
            length += part.readableBytes();
        }
        ByteBuf frame = Unpooled.directBuffer(length, length);
        for (ByteBuf part : parts) {
            frame.writeBytes(part);
            part.release();
        }
        return Unpooled.unreleasableBuffer(frame.asReadOnly());
    }
}
