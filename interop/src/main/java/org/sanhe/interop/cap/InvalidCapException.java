package org.sanhe.interop.cap;

/**
 * A CAP document {@link CapReader} refuses, with a code a program can act on and a message a sender can read.
 * Codes: {@code CAP_NOT_XML}, {@code CAP_WRONG_NAMESPACE}, {@code CAP_INVALID} (the schema's own message),
 * {@code CAP_BAD_REFERENCE}, {@code CAP_BAD_AREA}.
 */
public final class InvalidCapException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public InvalidCapException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
