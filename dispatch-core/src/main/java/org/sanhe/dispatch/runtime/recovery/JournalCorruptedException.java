package org.sanhe.dispatch.runtime.recovery;

import org.sanhe.dispatch.runtime.journal.JournalReader;

/** The journal does not verify; the server refuses to start on it rather than run on an altered history. */
public final class JournalCorruptedException extends RuntimeException {

    private final transient JournalReader.Scan scan;

    public JournalCorruptedException(JournalReader.Scan scan) {
        super("the journal does not verify at sequence " + scan.firstBadSequence() + ": " + scan.problem()
                + "; run 'journal verify' on a copy and restore from a backup");
        this.scan = scan;
    }

    public JournalReader.Scan scan() {
        return scan;
    }
}
