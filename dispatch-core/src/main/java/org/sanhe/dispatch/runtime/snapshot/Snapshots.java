package org.sanhe.dispatch.runtime.snapshot;

import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * Takes a {@link Snapshot} of a centre and rebuilds a centre from one, checking that it is the state recorded.
 *
 * <p>{@link #capture} is called on the core's thread between two commands (it reads the live centre); the snapshot
 * it returns may then go to a writer thread for {@link SnapshotStore#write}. {@link #restore} is called by the
 * recovery before the core starts, on the thread that will own the centre.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * The centre's state after its last command.
     *
     * @param journalIndex the journal's position of the last command's entry
     * @param chainHash    the journal's hash chain value at that entry, 32 bytes; kept, not copied
     */
    public static Snapshot capture(Centre centre, long journalIndex, byte[] chainHash) {
        byte[] body = StateCodec.encode(centre);
        return new Snapshot(centre.lastSequence(), centre.lastTimestamp(), journalIndex, chainHash,
                centre.stateHash(), body);
    }

    /**
     * A new centre in the state the snapshot recorded.
     *
     * @throws MalformedRecordException when the body does not decode, or decodes to a centre whose position or
     *                                  {@code stateHash()} differs from the one recorded
     */
    public static Centre restore(Snapshot snapshot) {
        Centre centre = StateCodec.decode(snapshot.body());
        if (centre.lastSequence() != snapshot.sequence() || centre.lastTimestamp() != snapshot.timestamp()) {
            throw new MalformedRecordException("snapshot " + snapshot.sequence() + " holds the state after "
                    + centre.lastSequence() + " at " + centre.lastTimestamp());
        }
        String hash = ValueCodec.valid(centre::stateHash);
        if (!hash.equals(snapshot.stateHash())) {
            throw new MalformedRecordException("snapshot " + snapshot.sequence() + " restores to state hash " + hash
                    + ", recorded " + snapshot.stateHash());
        }
        return centre;
    }
}
