package org.sanhe.dispatch.runtime.clock;

/**
 * The one rule for the time stamped on a command at the edge, shared by the single-node sequencer (which reads its
 * {@link EpochClock}) and the cluster's service (which reads the cluster's time from the Raft log). Stateless.
 */
public final class CommandTime {

    private CommandTime() {
    }

    /**
     * The time to stamp on the next command: the clock's reading, never earlier than the previous command's stamp (a
     * clock stepped back, or a new cluster leader whose clock is behind the old one's, must not make time run
     * backwards in the journal).
     */
    public static long stamp(long clockMillis, long previousStamp) {
        return Math.max(clockMillis, previousStamp);
    }
}
