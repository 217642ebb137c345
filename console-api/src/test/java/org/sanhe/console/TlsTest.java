package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.auth.LoginThrottling;
import org.sanhe.console.contract.ApiContract;

/**
 * The console over TLS with a certificate from a CA made for the test: HTTPS and WSS work for a client that trusts
 * the CA, a client trusting another CA is refused, plain HTTP to the TLS port fails cleanly, TLS 1.1 is refused, and
 * HSTS is sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsTest {

    ConsoleHarness h;
    TestCertificates certificates;
    TestCertificates stranger;
    ApiClient api;

    @BeforeAll
    void start(@TempDir Path dir) {
        certificates = TestCertificates.create(dir.resolve("pki"), "Sanhe Test CA");
        stranger = TestCertificates.create(dir.resolve("other-pki"), "Someone Else's CA");
        h = new ConsoleHarness(dir, new LoginThrottling(3, Duration.ofSeconds(30)), certificates.tls());
        api = new ApiClient("https://127.0.0.1:" + h.server.port(), client(certificates.clientContext()));
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private static HttpClient client(SSLContext context) {
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void httpsServesTheConsoleAndTheApiWithHsts() {
        ApiClient.Reply page = api.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        String token = api.login("dispatcher");
        assertThat(api.get("/api/v1/units", token).status()).isEqualTo(200);
    }

    @Test
    void wssStreamsTheSnapshot() throws Exception {
        String token = api.login("dispatcher");
        CompletableFuture<String> first = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        WebSocket socket = client(certificates.clientContext()).newWebSocketBuilder()
                .buildAsync(URI.create("wss://127.0.0.1:" + h.server.port() + "/api/v1/stream?access_token=" + token),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                text.append(data);
                                if (last) {
                                    first.complete(text.toString());
                                }
                                ws.request(1);
                                return null;
                            }
                        }).get(30, TimeUnit.SECONDS);
        JsonNode snapshot = ApiClient.JSON.readTree(first.get(30, TimeUnit.SECONDS));
        ApiContract.get().checkStreamMessage(snapshot);
        assertThat(snapshot.path("type").asText()).isEqualTo("snapshot");
        socket.abort();
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        ApiClient wary = new ApiClient("https://127.0.0.1:" + h.server.port(), client(stranger.clientContext()));
        assertThatThrownBy(() -> wary.get("/", null)).cause().isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpToTheTlsPortIsClosedWithoutAnAnswerAndTheServerGoesOn() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", h.server.port()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("HTTP/1.1 200");
        }
        assertThat(api.get("/", null).status()).isEqualTo(200);
    }

    @Test
    void tlsOlderThanOnePointTwoIsRefused() throws Exception {
        SSLContext context = certificates.clientContext();
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", h.server.port())) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] {"TLSv1.1"});
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(10_000);
            assertThatThrownBy(socket::startHandshake).isInstanceOf(IOException.class);
        }
    }

    @Test
    void theSettingsRefuseFilesThatCannotBeRead(@TempDir Path dir) {
        assertThatThrownBy(() -> new ConsoleTls(dir.resolve("none.pem"), certificates.privateKey).context())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none.pem");
        assertThatThrownBy(() -> new ConsoleTls(certificates.certificate, certificates.caCertificate).context())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
