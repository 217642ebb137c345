package org.sanhe.dispatch.runtime.journal;

import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;

/**
 * The codec of one command record: its stable type id, its current version, and how to write it and read it back.
 * A decoder must read every version it ever wrote: when a record gains a field, the version goes up and the old
 * version decodes with a default for the new field.
 *
 * @param <C> the record
 */
public interface RecordCodec<C extends Command> {

    /** Stable forever: never reuse or renumber. */
    int typeId();

    /** The version {@link #encode} writes. */
    int version();

    Class<C> type();

    void encode(C command, BinaryOut out);

    C decode(int version, BinaryIn in);
}
