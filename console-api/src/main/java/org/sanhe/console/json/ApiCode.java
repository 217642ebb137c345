package org.sanhe.console.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/**
 * An enum constant as the API writes it in views: lower case with hyphens ({@code en-route}). For
 * {@code @JsonSerialize(using = ...)}; a null is written as null by Jackson before this is asked. Input accepts the
 * same codes in any case ({@code JsonInput.parseEnum}).
 */
public final class ApiCode extends StdSerializer<Enum<?>> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ApiCode() {
        super((Class) Enum.class);
    }

    /** The code of a constant: {@code EN_ROUTE} is {@code en-route}. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(code(value));
    }
}
