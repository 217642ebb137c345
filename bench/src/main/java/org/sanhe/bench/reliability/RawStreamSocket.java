package org.sanhe.bench.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A stream client on a plain socket, for misbehaving consoles: a slow one sends the upgrade and never reads (with a
 * small receive buffer, so the server's writes back up at once); a vanishing one reads a little and then resets
 * the connection (SO_LINGER 0: an RST, no close handshake), as a browser tab on a dying laptop would.
 */
final class RawStreamSocket implements AutoCloseable {

    private final Socket socket = new Socket();

    RawStreamSocket(int port, String token) throws IOException {
        socket.setReceiveBufferSize(4 * 1024);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: c2FuaGUtY2FtcGFpZ24tMQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads up to {@code bytes} (the upgrade response and the start of the snapshot); returns how many. */
    int readSome(int bytes) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[bytes];
        int read = in.read(buffer);
        return Math.max(read, 0);
    }

    /** Whether the server has closed the connection (reads what is pending to find out; for slow clients at the end). */
    boolean closedByServer() {
        try {
            socket.setSoTimeout(2_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (IOException e) {
            return e instanceof java.net.SocketException;
        }
    }

    /** Resets the connection. */
    void vanish() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
