package org.sanhe.telephony.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A byte-level AMI client for protocol tests: writes what it is given, reads exact bytes back. */
final class RawAmiClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawAmiClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads through the next {@code terminator} (inclusive) and returns everything read. */
    String readThrough(String terminator) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] end = terminator.getBytes(StandardCharsets.UTF_8);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after: " + buffer.toString(StandardCharsets.UTF_8));
            }
            buffer.write(b);
            byte[] so = buffer.toByteArray();
            if (endsWith(so, end)) {
                return buffer.toString(StandardCharsets.UTF_8);
            }
        }
    }

    String readPacket() throws IOException {
        return readThrough("\r\n\r\n");
    }

    /** True when the server closed the connection (end of stream). */
    boolean closedByPeer() throws IOException {
        return in.read() < 0;
    }

    private static boolean endsWith(byte[] data, byte[] end) {
        if (data.length < end.length) {
            return false;
        }
        for (int i = 0; i < end.length; i++) {
            if (data[data.length - end.length + i] != end[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
