package org.sanhe.dispatch.domain.command;

/** Structural checks shared by the command records. */
final class Fields {

    private Fields() {
    }

    /** The text, which must be present and not blank. */
    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** Null or the text stripped; blank becomes null. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static long id(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
