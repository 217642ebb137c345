package org.sanhe.console.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sanhe.console.json.DispatchJson;

/**
 * A reply ready to write: status, content type, body and extra headers; or, with {@code file} set, a body streamed
 * from that part of a file (then {@code body} is empty).
 */
public record ApiReply(int status, String contentType, byte[] body, Map<String, String> headers, FilePart file) {

    public static final String JSON = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = DispatchJson.MAPPER;

    public ApiReply {
        headers = Map.copyOf(headers);
    }

    /** A reply with its body in memory. */
    public ApiReply(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    /** A reply whose body is a part of a file, streamed when written. */
    public static ApiReply file(int status, String contentType, FilePart part) {
        return new ApiReply(status, contentType, new byte[0], Map.of(), part);
    }

    /** A JSON tree or a view (a record, a list of records), written by Jackson. */
    public static ApiReply json(int status, Object body) {
        try {
            return new ApiReply(status, JSON, MAPPER.writeValueAsBytes(body), Map.of());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    public static ApiReply ok(Object body) {
        return json(200, body);
    }

    /** 204: done, and nothing to say. */
    public static ApiReply noContent() {
        return new ApiReply(204, JSON, new byte[0], Map.of());
    }

    public static ApiReply text(int status, String contentType, String text) {
        return new ApiReply(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public ApiReply withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiReply(status, contentType, body, more, file);
    }

    /** {@code {"error": CODE, "message": ..., "field"?: ...}}: the field only when the error names one. */
    public static ApiReply error(ApiError e) {
        return json(e.status(), new ErrorBody(e.code(), e.getMessage(), e.field()));
    }

    private record ErrorBody(String error, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }
}
