package org.sanhe.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.sanhe.console.contract.ApiContract;

/**
 * A WebSocket client on a plain socket with a small receive buffer, that reads nothing until asked: a truly slow
 * client (the JDK's WebSocket client keeps reading from the socket even without demand). Server frames are never
 * masked, so reading them takes a few lines. Every message read is checked against the API document's schema of
 * stream messages ({@link ApiContract#checkStreamMessage}).
 */
final class RawStreamClient implements AutoCloseable {

    /** What was read: the text messages and, when the server closed, its close code and reason. */
    record Read(List<JsonNode> messages, int closeCode, String closeReason) {
    }

    private final Socket socket = new Socket();
    private DataInputStream in;

    RawStreamClient(int port, String token) throws IOException {
        socket.setReceiveBufferSize(8 * 1024);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.setSoTimeout(60_000);
        String key = Base64.getEncoder().encodeToString("sanhe-stream-key".getBytes(StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        in = new DataInputStream(socket.getInputStream());
        String status = line();
        if (!status.contains(" 101 ")) {
            throw new IOException("no upgrade: " + status);
        }
        while (!line().isEmpty()) {
            // skip the response headers
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("closed");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    /** Reads every frame until the server's close frame. */
    Read readToClose() throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        while (true) {
            int head = in.readUnsignedByte();
            int opcode = head & 0x0F;
            long length = in.readUnsignedByte() & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            if (opcode == 0x1) {
                JsonNode message = ApiClient.JSON.readTree(payload);
                ApiContract.get().checkStreamMessage(message);
                messages.add(message);
            } else if (opcode == 0x8) {
                int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                return new Read(messages, code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
