package org.sanhe.bench.telephony;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.sanhe.telephony.ami.AmiPacket;
import org.sanhe.telephony.ami.AmiReader;

/**
 * The baseline: a bare AMI client that logs in with the adapter's event classes and parses packets with the
 * project's codec on one thread, reporting each command-worthy event to {@link WireLatency} as soon as it is parsed.
 * It shows the floor under the adapter (socket, scheduling, parsing) in the same run and on the same machine.
 */
final class BaselineReader implements Runnable, AutoCloseable {

    private final Socket socket;
    private final WireLatency latency;
    private volatile long packets;

    BaselineReader(int port, String username, String secret, WireLatency latency) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        this.latency = latency;
        OutputStream out = socket.getOutputStream();
        out.write(("Action: Login\r\nUsername: " + username + "\r\nSecret: " + secret
                + "\r\nEvents: call,agent,dialplan,system\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void run() {
        try {
            AmiReader reader = new AmiReader(socket.getInputStream());
            reader.readLine();
            AmiPacket packet;
            while ((packet = reader.readPacket()) != null) {
                packets++;
                String key = latency.keyOf(packet);
                if (key != null) {
                    latency.arrived(key);
                }
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                throw new IllegalStateException("baseline reader failed", e);
            }
        }
    }

    long packets() {
        return packets;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
