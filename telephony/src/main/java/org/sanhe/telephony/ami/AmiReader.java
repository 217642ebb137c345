package org.sanhe.telephony.ami;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads AMI lines and packets from a byte stream, splitting strictly on CRLF as Asterisk and Asterisk-Java do (a bare
 * LF stays inside the line). One reader per stream, used by one thread.
 */
public final class AmiReader {

    private static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    public AmiReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its CRLF, or null at the end of the stream. */
    public String readLine() throws IOException {
        line.reset();
        boolean cr = false;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0 && !cr) {
                    return null;
                }
                throw new EOFException("stream ended inside a line");
            }
            if (cr && b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (cr) {
                line.write('\r');
            }
            cr = b == '\r';
            if (!cr) {
                line.write(b);
            }
            if (line.size() > MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE + " bytes");
            }
        }
    }

    /**
     * The next packet: header lines up to an empty line. Lines without a colon are skipped, like Asterisk does; empty
     * lines before a packet are skipped. Returns null at the end of the stream between packets.
     */
    public AmiPacket readPacket() throws IOException {
        AmiPacket.Builder packet = AmiPacket.builder();
        int count = 0;
        while (true) {
            String text = readLine();
            if (text == null) {
                if (count == 0) {
                    return null;
                }
                throw new EOFException("stream ended inside a packet");
            }
            if (text.isEmpty()) {
                if (count > 0) {
                    return packet.build();
                }
                continue;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                packet.add(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
                count++;
            }
        }
    }
}
