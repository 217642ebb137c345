package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** The console API over HTTP/1.1 as a campaign uses it; one per thread. */
public final class ConsoleClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A reply: its status and its JSON body (a missing node when it had none). */
    public record Reply(int status, JsonNode body) {
        public String error() {
            return body.path("error").asText(null);
        }
    }

    public ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in as a demo user (password {@code demo}) and returns the token. */
    public String login(String user) throws IOException, InterruptedException {
        Reply reply = send("POST", "/api/v1/sessions", null,
                "{\"username\":\"" + user + "\",\"password\":\"demo\"}");
        if (reply.status() != 201) {
            throw new IOException("sign-in as " + user + " failed: " + reply);
        }
        return reply.body().path("token").asText();
    }

    /** Opens an incident at the point, with a unique address the campaign looks for later. */
    public Reply openIncident(String token, String address, double lat, double lon)
            throws IOException, InterruptedException {
        String body = String.format(Locale.ROOT,
                "{\"type\":\"THEFT\",\"location\":{\"lat\":%.6f,\"lon\":%.6f},\"address\":\"%s\"}", lat, lon, address);
        return send("POST", "/api/v1/incidents", token, body);
    }

    public Reply get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    public Reply send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode node = text == null || text.isBlank() ? JSON.missingNode() : parse(text);
        return new Reply(response.statusCode(), node);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
