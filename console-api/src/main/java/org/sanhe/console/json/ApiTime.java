package org.sanhe.console.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * An epoch-millisecond time as the API writes it: ISO-8601, or null for 0 (never). Put on a view's {@code long}
 * component with {@code @JsonSerialize(using = ApiTime.class)}.
 */
public final class ApiTime extends StdSerializer<Long> {

    public ApiTime() {
        super(Long.class);
    }

    /** The text of an epoch-millisecond time, null for 0. */
    public static String text(long epochMillis) {
        return epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    @Override
    public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String text = value == null ? null : text(value);
        if (text == null) {
            gen.writeNull();
        } else {
            gen.writeString(text);
        }
    }
}
