package org.sanhe.dispatch.runtime.journal;

import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.Stamped;

/**
 * One journaled command as read back.
 *
 * @param sequence  1, 2, 3 ... without gaps
 * @param timestamp epoch milliseconds stamped by the sequencer
 * @param index     the entry's position in the Chronicle queue (opaque; for seeking back to it)
 * @param link      the hash-chain link stored with the entry, 32 bytes
 */
public record JournalEntry(long sequence, long timestamp, Actor actor, Command command, long index, byte[] link)
        implements Stamped {
}
