package org.sanhe.telephony.simulator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Bytes for {@link PbxSimulator#injectRaw}: what a broken or newer PBX, or a noisy line, could put on the link. */
public final class WireFaults {

    private WireFaults() {
    }

    /** {@code length} random bytes (CR and LF among them), then a blank line that ends whatever they began. */
    public static byte[] garbage(long seed, int length) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] bytes = new byte[length + 4];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        System.arraycopy(crlf(2), 0, bytes, length, 4);
        return bytes;
    }

    /** A well-formed event whose one header value is {@code valueBytes} long. */
    public static byte[] oversizedHeader(int valueBytes) {
        return ascii("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Oversized\r\nData: " + "x".repeat(valueBytes)
                + "\r\n\r\n");
    }

    /** An event of a type no client knows, about a channel nobody has seen. */
    public static byte[] unknownEvent(int n) {
        return ascii("Event: SanheFutureEvent\r\nPrivilege: call,all\r\nChannel: PJSIP/ghost-" + n
                + "\r\nUniqueid: 9" + n + ".1\r\nLinkedid: 9" + n + ".1\r\nNewHeader: " + n + "\r\n\r\n");
    }

    /** Header lines without a colon, an empty header name and a packet with no Event or Response. */
    public static byte[] malformedPacket() {
        return ascii("this line has no colon\r\n: no name\r\nEvent:\r\n\r\nJust: a header\r\n\r\n");
    }

    private static byte[] crlf(int times) {
        return ascii("\r\n".repeat(times));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
