package org.sanhe.console.http;

/**
 * A request that cannot be served, answered as {@code {"error": code, "message": ..., "field": ...}} with its
 * HTTP status. Thrown by routes and input readers on any thread; the handler turns it into the reply.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;

    public ApiError(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiError badField(String field, String message) {
        return new ApiError(400, "INVALID_FIELD", message, field);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "NOT_FOUND", message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offending input field, or null. */
    public String field() {
        return field;
    }
}
