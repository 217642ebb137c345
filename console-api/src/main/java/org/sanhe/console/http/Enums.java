package org.sanhe.console.http;

import java.util.Locale;

/** How enum constants look in the API: lower case with hyphens ({@code en-route}); parsing accepts any case. */
public final class Enums {

    private Enums() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant, or null when none has that name. */
    public static <E extends Enum<E>> E parse(String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
