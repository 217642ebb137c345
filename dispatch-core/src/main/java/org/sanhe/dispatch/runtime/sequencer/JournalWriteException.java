package org.sanhe.dispatch.runtime.sequencer;

/**
 * A command could not be journaled (e.g. the disk is full), so it never took effect. The caller may retry later;
 * an API answers 503.
 */
public final class JournalWriteException extends RuntimeException {

    public JournalWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
