package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;

/** What only a raw socket can send: pipelined requests and chunked bodies; each reply checked by the contract. */
class RawHttpTest {

    /** Pipelined requests on one connection are answered in request order, whichever route finishes first. */
    @Test
    void repliesComeInRequestOrder(@TempDir Path dir) throws IOException {
        try (ConsoleHarness h = new ConsoleHarness(dir); Socket socket = new Socket("127.0.0.1", h.server.port())) {
            String token = h.api.login("auditor");
            String slow = "GET /api/v1/audit/verify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n";
            String fast = "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
            socket.getOutputStream().write((slow + fast + slow).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(30_000);
            DataInputStream in = new DataInputStream(socket.getInputStream());

            assertThat(reply(in, "GET /api/v1/audit/verify", 200)).contains("\"chainOk\"");
            assertThat(reply(in, "GET /api/v1/openapi.json", 200)).contains("\"openapi\"");
            assertThat(reply(in, "GET /api/v1/audit/verify", 200)).contains("\"chainOk\"");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndTheConnectionCloses(@TempDir Path dir) throws IOException {
        try (ConsoleHarness h = new ConsoleHarness(dir); Socket socket = new Socket("127.0.0.1", h.server.port())) {
            String chunk = "x".repeat(40_000);
            String request = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(30_000);
            DataInputStream in = new DataInputStream(socket.getInputStream());

            assertThat(reply(in, "POST /api/v1/sessions", 413)).contains("PAYLOAD_TOO_LARGE");
            assertThat(in.read()).as("the server closed the connection").isEqualTo(-1);
        }
    }

    /** Reads one reply to {@code request} ("METHOD /path"), checks its status and the API contract; its body. */
    private static String reply(DataInputStream in, String request, int expected) throws IOException {
        int status = Integer.parseInt(line(in).split(" ")[1]);
        assertThat(status).as(request).isEqualTo(expected);
        int length = -1;
        String contentType = null;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            }
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        String body = new String(bytes, StandardCharsets.UTF_8);
        String[] methodAndPath = request.split(" ");
        ApiContract.get().check(methodAndPath[0], methodAndPath[1], status, contentType, body);
        return body;
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("closed");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
