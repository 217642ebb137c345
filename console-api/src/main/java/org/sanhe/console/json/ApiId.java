package org.sanhe.console.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A numeric id as the API writes it: the number, or null for 0 (none). For {@code @JsonSerialize(using = ...)}. */
public final class ApiId extends StdSerializer<Long> {

    public ApiId() {
        super(Long.class);
    }

    @Override
    public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value == null || value == 0) {
            gen.writeNull();
        } else {
            gen.writeNumber(value);
        }
    }
}
