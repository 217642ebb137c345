package org.sanhe.telephony.ami;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads AMI lines and packets from a byte stream, splitting strictly on CRLF as Asterisk and Asterisk-Java do (a bare
 * CR or LF stays inside the line). Buffers by itself, so pass the raw socket stream. One reader per stream, used by
 * one thread.
 */
public final class AmiReader {

    private static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;

    public AmiReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its CRLF, or null at the end of the stream. */
    public String readLine() throws IOException {
        int i = start;
        while (true) {
            for (; i < end; i++) {
                if (buffer[i] == '\n' && i > start && buffer[i - 1] == '\r') {
                    String line = new String(buffer, start, i - 1 - start, StandardCharsets.UTF_8);
                    start = i + 1;
                    return line;
                }
            }
            if (end - start > MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE + " bytes");
            }
            int scanned = i - start;
            if (!fill()) {
                if (end == start) {
                    return null;
                }
                throw new EOFException("stream ended inside a line");
            }
            i = start + scanned;
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

    /** Reads more bytes, compacting or growing the buffer first; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            byte[] bigger = new byte[buffer.length * 2];
            System.arraycopy(buffer, 0, bigger, 0, end);
            buffer = bigger;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }
}
