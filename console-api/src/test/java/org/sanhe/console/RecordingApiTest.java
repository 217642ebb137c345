package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanhe.console.auth.LoginThrottling;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.OfferCall;

/**
 * {@code GET /api/v1/calls/{id}/recording} over real TCP (and TLS, where the file goes through the chunked writer):
 * the whole file and byte ranges, who may listen, the 404s, and names that try to leave the recording directory,
 * whose targets exist and are never served. Every reply is checked against the OpenAPI contract.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MONITOR = ConsoleHarness.PBX_RECORDINGS + "/";

    ConsoleHarness h;
    ConsoleHarness tls;
    TestCertificates certificates;
    byte[] audio;
    String auditor;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        h = new ConsoleHarness(dir.resolve("plain"));
        audio = new byte[50_000];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) (i * 31 + i / 251);
        }
        Path secret = Files.writeString(dir.resolve("plain").resolve("secret.wav"), "not a recording");
        Files.createDirectories(h.recordings.resolve("sub"));
        Files.write(h.recordings.resolve("C-110.wav"), audio);
        Files.write(h.recordings.resolve("sub").resolve("ok.wav"), audio);
        Files.createSymbolicLink(h.recordings.resolve("link.wav"), secret);
        h.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", "PJSIP/1001"));
        h.submit(ConsoleHarness.PBX, new AttachRecording("C-110", MONITOR + "C-110.wav"));
        attached("R-OTHER", "sub/ok.wav", "someone-else");
        attached("R-MISSING", MONITOR + "missing.wav", "call-taker");
        attached("R-UP", "../secret.wav", "call-taker");
        attached("R-UP-ABS", MONITOR + "../../../../" + secret.toAbsolutePath().toString().substring(1), "call-taker");
        attached("R-ABS", secret.toAbsolutePath().toString(), "call-taker");
        attached("R-LINK", MONITOR + "link.wav", "call-taker");
        attached("R-DIR", MONITOR, "call-taker");
        auditor = h.api.login("auditor");
    }

    private void attached(String callId, String name, String answeredBy) {
        h.submit(ConsoleHarness.PBX, new OfferCall(callId, "110", "13900000000", "ch-" + callId, null));
        h.submit(ConsoleHarness.PBX, new AnswerCall(callId, answeredBy, null));
        h.submit(ConsoleHarness.PBX, new AttachRecording(callId, name));
    }

    @AfterAll
    void stop() {
        h.close();
        if (tls != null) {
            tls.close();
        }
    }

    @Test
    void theWholeRecordingIsStreamedAsWavWithAcceptRanges() {
        HttpResponse<byte[]> r = get(h, "C-110", auditor, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(audio.length);
        assertThat(r.body()).isEqualTo(audio);
        JsonNode call = h.api.get("/api/v1/calls?state=all", auditor).body();
        assertThat(call.findValuesAsText("recorded")).startsWith("true", "false", "false", "true");
        assertThat(h.api.get("/api/v1/calls", auditor).text()).doesNotContain(MONITOR, "C-110.wav");
    }

    @Test
    void oneRangeIsAPartialReply() {
        assertRange("bytes=100-199", 100, 199);
        assertRange("bytes=49990-", 49_990, 49_999);
        assertRange("bytes=-10", 49_990, 49_999);
        assertRange("bytes=49000-99999999999999999999", 49_000, 49_999);
    }

    private void assertRange(String range, int first, int last) {
        HttpResponse<byte[]> r = get(h, "C-110", auditor, range);
        assertThat(r.statusCode()).as(range).isEqualTo(206);
        assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes " + first + "-" + last + "/50000");
        assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(r.body()).isEqualTo(Arrays.copyOfRange(audio, first, last + 1));
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiableAndOddRangesGiveTheWholeFile() {
        HttpResponse<byte[]> beyond = get(h, "C-110", auditor, "bytes=50000-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */50000");
        assertThat(error(beyond)).isEqualTo("RANGE_NOT_SATISFIABLE");
        assertThat(get(h, "C-110", auditor, "bytes=-0").statusCode()).isEqualTo(416);
        for (String ignored : new String[] {"bytes=0-1,5-6", "bytes=9-2", "items=0-1", "bytes=x-y", "bytes=-"}) {
            HttpResponse<byte[]> whole = get(h, "C-110", auditor, ignored);
            assertThat(whole.statusCode()).as(ignored).isEqualTo(200);
            assertThat(whole.body()).isEqualTo(audio);
        }
    }

    @Test
    void auditorsSupervisorsAndTheAnsweringCallTakerMayListenNobodyElse() {
        String callTaker = h.api.login("call-taker");
        assertThat(get(h, "C-110", callTaker, null).statusCode()).isEqualTo(200);
        assertThat(get(h, "C-110", h.api.login("supervisor"), null).statusCode()).isEqualTo(200);
        assertThat(get(h, "R-OTHER", h.api.login("multi"), null).statusCode()).isEqualTo(200);
        assertThat(get(h, "R-OTHER", auditor, "bytes=0-0").statusCode()).isEqualTo(206);

        HttpResponse<byte[]> notHers = get(h, "R-OTHER", callTaker, null);
        assertThat(notHers.statusCode()).isEqualTo(403);
        assertThat(error(notHers)).isEqualTo("FORBIDDEN");
        assertThat(get(h, "C-110", h.api.login("dispatcher"), null).statusCode()).isEqualTo(403);
        assertThat(get(h, "C-110", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void noRecordingAnUnknownCallAndAMissingFileAre404() {
        HttpResponse<byte[]> none = get(h, "C-122", auditor, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(error(none)).isEqualTo("NO_RECORDING");
        assertThat(error(get(h, "C-404", auditor, null))).isEqualTo("UNKNOWN_CALL");
        HttpResponse<byte[]> missing = get(h, "R-MISSING", auditor, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(error(missing)).isEqualTo("RECORDING_UNAVAILABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"R-UP", "R-UP-ABS", "R-ABS", "R-LINK", "R-DIR"})
    void namesLeavingTheDirectoryAreRefusedAndNeverRead(String callId) {
        HttpResponse<byte[]> r = get(h, callId, auditor, null);
        assertThat(r.statusCode()).as(callId).isIn(403, 404);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("not a recording");
        if (!callId.equals("R-DIR")) {
            assertThat(error(r)).as(callId).isEqualTo("RECORDING_REFUSED");
        }
    }

    @Test
    void underTlsTheFileGoesThroughTheEncryptingPipeline(@TempDir Path dir) throws IOException {
        certificates = TestCertificates.create(dir.resolve("pki"), "Sanhe Test CA");
        tls = new ConsoleHarness(dir.resolve("tls"), new LoginThrottling(3, Duration.ofSeconds(30)),
                certificates.tls());
        Files.createDirectories(tls.recordings);
        Files.write(tls.recordings.resolve("C-110.wav"), audio);
        tls.submit(ConsoleHarness.PBX, new AnswerCall("C-110", "call-taker", "PJSIP/1001"));
        tls.submit(ConsoleHarness.PBX, new AttachRecording("C-110", MONITOR + "C-110.wav"));
        ApiClient api = new ApiClient("https://127.0.0.1:" + tls.server.port(), client(certificates.clientContext()));
        String token = api.login("auditor");

        HttpResponse<byte[]> whole = get(tls, "C-110", token, null);
        HttpResponse<byte[]> part = get(tls, "C-110", token, "bytes=20000-20999");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(audio);
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(audio, 20_000, 21_000));
    }

    private HttpResponse<byte[]> get(ConsoleHarness server, String callId, String token, String range) {
        boolean secure = server == tls;
        String path = "/api/v1/calls/" + callId + "/recording";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((secure ? "https" : "http") + "://127.0.0.1:"
                + server.server.port() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (range != null) {
            b.header("Range", range);
        }
        try {
            HttpClient http = secure ? client(certificates.clientContext()) : HttpClient.newHttpClient();
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            ApiContract.get().check("GET", path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    new String(r.body(), StandardCharsets.ISO_8859_1));
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient client(SSLContext context) {
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String error(HttpResponse<byte[]> r) {
        try {
            return JSON.readTree(r.body()).path("error").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + new String(r.body(), StandardCharsets.UTF_8), e);
        }
    }
}
