package org.sanhe.console.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-framed bytes are what a WebSocket client's decoder reads as the same text, at every length encoding. */
class WireFramesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 1023, 1024, 65_535, 65_536, 300_000})
    void aClientDecodesTheSameTextAtEveryLength(int length) {
        String text = "事".repeat(length / 3) + "x".repeat(length % 3);
        ByteBuf frame = new WireFrames().text(text.getBytes(StandardCharsets.UTF_8));

        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
        client.writeInbound(frame.duplicate());
        TextWebSocketFrame decoded = client.readInbound();

        assertThat(decoded.isFinalFragment()).isTrue();
        assertThat(decoded.text()).isEqualTo(text);
        assertThat((Object) client.readInbound()).isNull();
        decoded.release();
        assertThat(frame.isDirect()).as("written to every client as it is, without a copy").isTrue();
        assertThat(frame.readableBytes()).as("a client's read leaves the shared frame whole").isGreaterThan(length);
    }

    @Test
    void framesFollowOneAnotherOnTheWire() {
        WireFrames frames = new WireFrames();
        ByteBuf first = frames.text("{\"sequence\":1}".getBytes(StandardCharsets.UTF_8));
        ByteBuf second = frames.text("{\"sequence\":2}".getBytes(StandardCharsets.UTF_8));

        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
        client.writeInbound(Unpooled.wrappedBuffer(first.duplicate(), second.duplicate()));

        TextWebSocketFrame a = client.readInbound();
        TextWebSocketFrame b = client.readInbound();
        assertThat(a.text()).isEqualTo("{\"sequence\":1}");
        assertThat(b.text()).isEqualTo("{\"sequence\":2}");
        a.release();
        b.release();
    }
}
