package org.sanhe.dispatch.runtime.journal;

/**
 * Where a journal ends: its last entry's sequence, timestamp, queue index and hash-chain link; all zero (and the
 * genesis link) for an empty journal.
 */
public record JournalPosition(long sequence, long timestamp, long index, byte[] link) {

    public static JournalPosition empty() {
        return new JournalPosition(0, 0, -1, EntryCodec.GENESIS);
    }

    public static JournalPosition of(JournalEntry entry) {
        return new JournalPosition(entry.sequence(), entry.timestamp(), entry.index(), entry.link());
    }
}
