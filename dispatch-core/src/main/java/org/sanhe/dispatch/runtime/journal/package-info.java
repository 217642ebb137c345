/**
 * The journal: every command, in sequence order, in a Chronicle Queue, written before it takes effect. One entry
 * per command holds the sequence, the timestamp, the actor, the command's type id and version and its payload
 * (encoded by hand, one codec per record), and a hash chain link: SHA-256 of the previous link and the entry's own
 * bytes, so that any alteration of an entry breaks the chain from there on. Readers verify the chain as they go.
 */
package org.sanhe.dispatch.runtime.journal;
