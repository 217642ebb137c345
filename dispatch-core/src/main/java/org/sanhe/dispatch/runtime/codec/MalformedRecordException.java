package org.sanhe.dispatch.runtime.codec;

/** Bytes that do not decode as the record they claim to be. */
public final class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
