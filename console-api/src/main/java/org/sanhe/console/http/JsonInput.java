package org.sanhe.console.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sanhe.console.json.ApiCode;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * A JSON object from a request body, read field by field; every problem is an {@link ApiError} naming the field
 * (400), a body that is not JSON is 400 {@code MALFORMED_JSON}, and a body sent as another media type is 415.
 */
public final class JsonInput {

    /** The longest text accepted in any field. */
    public static final int MAX_TEXT = 4_000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode node;
    private final String prefix;

    private JsonInput(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static JsonInput parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "send the body as application/json", null);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "MALFORMED_JSON", "the body is not valid JSON", null);
        } catch (IOException e) {
            throw new ApiError(400, "MALFORMED_JSON", "the body cannot be read", null);
        }
        if (node == null || !node.isObject()) {
            throw new ApiError(400, "MALFORMED_JSON", "the body must be a JSON object", null);
        }
        return new JsonInput(node, "");
    }

    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** A text field that must be present and not blank. */
    public String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw ApiError.badField(name(field), name(field) + " is required");
        }
        return value;
    }

    /** A text field, null when absent, null or blank. */
    public String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badField(name(field), name(field) + " must be a string");
        }
        String text = value.textValue().strip();
        if (text.length() > MAX_TEXT) {
            throw ApiError.badField(name(field), name(field) + " is longer than " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** A list of strings, null when absent; each must be a non-blank string. */
    public List<String> optionalTexts(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > 100) {
            throw ApiError.badField(name(field), name(field) + " must be a list of at most 100 strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > 100) {
                throw ApiError.badField(name(field), name(field) + " must hold non-blank strings of up to 100 "
                        + "characters");
            }
            texts.add(item.textValue().strip());
        }
        return texts;
    }

    /** A boolean field, {@code absent} when missing or null. */
    public boolean flag(String field, boolean absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw ApiError.badField(name(field), name(field) + " must be true or false");
        }
        return value.booleanValue();
    }

    /** A nested object, read the same way (its problems name {@code field.inner}), or null when absent. */
    public JsonInput optionalObject(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw ApiError.badField(name(field), name(field) + " must be an object");
        }
        return new JsonInput(value, name(field) + ".");
    }

    /** An integer field in {@code [min, max]}, or {@code absent} when missing. */
    public int integer(String field, int min, int max, int absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                || value.intValue() > max) {
            throw ApiError.badField(name(field), name(field) + " must be an integer from " + min + " to " + max);
        }
        return value.intValue();
    }

    /** A number field that must be present, finite and within range. */
    public double number(String field, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.badField(name(field), name(field) + " is required");
        }
        if (!value.isNumber() || !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            throw ApiError.badField(name(field), name(field) + " must be a number from " + min + " to " + max);
        }
        return value.doubleValue();
    }

    /** {@code {"lat", "lon"}} at the top level of this object. */
    public GeoPoint point() {
        return new GeoPoint(number("lat", -90, 90), number("lon", -180, 180));
    }

    /** A nested {@code {"lat", "lon"}} object, or null when absent. */
    public GeoPoint optionalPoint(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw ApiError.badField(name(field), name(field) + " must be an object with lat and lon");
        }
        return new JsonInput(value, name(field) + ".").point();
    }

    /** An enum constant named in any case, with hyphens for underscores ({@code en-route}, {@code EN_ROUTE}). */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = text(field);
        E value = parseEnum(text, type);
        if (value == null) {
            throw ApiError.badField(name(field), name(field) + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(ApiCode::code).toList());
        }
        return value;
    }

    /**
     * The constant whose code ({@link ApiCode#code}) the text is, in any case, with hyphens or underscores; null when
     * none. For query parameters too ({@code datum}).
     */
    public static <E extends Enum<E>> E parseEnum(String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private String name(String field) {
        return prefix + field;
    }
}
