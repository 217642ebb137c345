package org.sanhe.dispatch.runtime.sequencer;

import org.sanhe.dispatch.domain.centre.Centre;

/**
 * Called on the core's apply thread after every applied command, e.g. to capture a snapshot every N commands.
 * Must be quick and must not keep references into the centre beyond the call.
 */
@FunctionalInterface
public interface AppliedHook {

    AppliedHook NONE = (centre, sequence, journalIndex, link) -> { };

    void applied(Centre centre, long sequence, long journalIndex, byte[] link);
}
