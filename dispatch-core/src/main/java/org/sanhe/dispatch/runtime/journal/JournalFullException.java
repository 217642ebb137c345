package org.sanhe.dispatch.runtime.journal;

import java.io.IOException;

/** The journal's disk has no room for the next entry (and the headroom kept after it); nothing was appended. */
public final class JournalFullException extends RuntimeException {

    JournalFullException(IOException cause) {
        super("the journal's disk is full: " + cause.getMessage(), cause);
    }
}
