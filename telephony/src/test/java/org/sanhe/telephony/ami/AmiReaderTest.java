package org.sanhe.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmiReaderTest {

    /** Hands out one byte per read, so every line straddles reads. */
    private static InputStream trickle(String text) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }
        };
    }

    @Test
    void splitsStrictlyOnCrLfAcrossReads() throws IOException {
        AmiReader reader = new AmiReader(trickle("Asterisk Call Manager/9.0.0\r\nEvent: A\r\nValue: x\ny\rz\r\n\r\n"));
        assertThat(reader.readLine()).isEqualTo("Asterisk Call Manager/9.0.0");
        AmiPacket packet = reader.readPacket();
        assertThat(packet.eventName()).isEqualTo("A");
        assertThat(packet.get("value")).isEqualTo("x\ny\rz");
        assertThat(reader.readPacket()).isNull();
    }

    @Test
    void roundTripsPacketsAndSkipsBlankLinesBetweenThem() throws IOException {
        AmiPacket first = AmiPacket.event("Newchannel", "call").add("Channel", "PJSIP/a-00000001").build();
        AmiPacket second = AmiPacket.builder().add("Response", "Success").add("ActionID", "1").build();
        byte[] a = first.encode();
        byte[] b = second.encode();
        byte[] all = new byte[a.length + 2 + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        all[a.length] = '\r';
        all[a.length + 1] = '\n';
        System.arraycopy(b, 0, all, a.length + 2, b.length);
        AmiReader reader = new AmiReader(new ByteArrayInputStream(all));
        assertThat(reader.readPacket().headers()).isEqualTo(first.headers());
        assertThat(reader.readPacket().headers()).isEqualTo(second.headers());
        assertThat(reader.readPacket()).isNull();
    }

    @Test
    void endOfStreamInsideAPacketIsAnError() {
        AmiReader reader = new AmiReader(trickle("Event: A\r\nChannel: x"));
        assertThatThrownBy(reader::readPacket).isInstanceOf(EOFException.class);
    }

    @Test
    void longPacketsGrowTheBuffer() throws IOException {
        String big = "v".repeat(40_000);
        AmiReader reader = new AmiReader(new ByteArrayInputStream(("Event: Big\r\nData: " + big + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        assertThat(reader.readPacket().get("Data")).isEqualTo(big);
    }
}
