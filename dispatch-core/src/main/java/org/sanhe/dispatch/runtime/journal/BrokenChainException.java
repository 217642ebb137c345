package org.sanhe.dispatch.runtime.journal;

/** An entry decoded, but its hash-chain link does not follow from the previous entry: the journal was altered. */
public final class BrokenChainException extends RuntimeException {

    private final long sequence;

    public BrokenChainException(long sequence) {
        super("hash chain broken at the entry claiming sequence " + sequence);
        this.sequence = sequence;
    }

    /** The sequence the entry claims (itself possibly altered). */
    public long sequence() {
        return sequence;
    }
}
