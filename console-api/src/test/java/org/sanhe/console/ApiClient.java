package org.sanhe.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.sanhe.console.contract.ApiContract;

/**
 * Talks to the console over real loopback HTTP with the JDK's client. Every reply is checked against the OpenAPI
 * document ({@link ApiContract}) before the test sees it, so any test that gets a reply the document does not
 * declare fails.
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A reply: status, parsed JSON body (a missing node when not JSON) and raw text. */
    record Reply(int status, JsonNode body, String text, HttpResponse<String> response) {

        String error() {
            return body.path("error").asText(null);
        }
    }

    private final HttpClient http;
    private final String base;

    ApiClient(int port) {
        this("http://127.0.0.1:" + port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** @param base e.g. {@code https://127.0.0.1:8443}, with a client that trusts the server */
    ApiClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    String base() {
        return base;
    }

    /** Signs in and returns the token; fails the test when sign-in fails. */
    String login(String username) {
        Reply reply = send("POST", "/api/v1/sessions", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + ConsoleHarness.PASSWORD + "\"}");
        if (reply.status() != 201) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply.text());
        }
        return reply.body().path("token").asText();
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    Reply patch(String path, String token, String json) {
        return send("PATCH", path, token, json);
    }

    /** A GET that asks for a media type. */
    Reply get(String path, String token, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            ApiContract.get().check(response);
            return new Reply(response.statusCode(), parse(response.body()), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply send(String method, String path, String token, String json) {
        return send(method, path, token, json, "application/json");
    }

    Reply send(String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            ApiContract.get().check(response);
            return new Reply(response.statusCode(), parse(response.body()), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
