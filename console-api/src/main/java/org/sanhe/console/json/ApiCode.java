package org.sanhe.console.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.sanhe.console.http.Enums;

/**
 * An enum constant as the API writes it in views: lower case with hyphens ({@code en-route}, {@link Enums#code}).
 * For {@code @JsonSerialize(using = ...)}; a null is written as null by Jackson before this is asked.
 */
public final class ApiCode extends StdSerializer<Enum<?>> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ApiCode() {
        super((Class) Enum.class);
    }

    @Override
    public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(Enums.code(value));
    }
}
