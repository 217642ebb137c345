package org.sanhe.interop.eido;

/**
 * A document that is not an EIDO we can take, with a stable code ({@code EIDO_NOT_JSON}, {@code EIDO_INVALID} with
 * the schema's own messages, {@code EIDO_BAD_VALUE} for a value the schema types only as a string) and a message the
 * sender can act on.
 */
public final class InvalidEidoException extends Exception {

    private final String code;

    public InvalidEidoException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
