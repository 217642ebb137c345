package org.sanhe.dispatch.runtime.cluster;

import java.util.List;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * The service's answer to one command, sent to the client on the leader and kept in the {@link RetryTable} for a
 * retry:
 * <pre>
 * byte format(1) | long correlationId | byte status | long sequence | long timestamp
 *   | status REJECTED: string command | string reason | string message
 *   | status MALFORMED: string problem
 * </pre>
 * An accepted command's events are not carried: every member publishes them to its own replica's subscribers
 * (sequence and timestamp say which), so the reply stays small and the same on every member.
 *
 * @param sequence  the command's journal sequence (0 when malformed: nothing was applied)
 * @param timestamp the cluster time stamped on it, epoch milliseconds
 * @param rejection the refusal, or null when accepted or malformed
 * @param problem   why the message could not be decoded, or null
 */
public record Reply(long correlationId, long sequence, long timestamp, CommandRejected rejection, String problem) {

    static final int FORMAT = 1;
    private static final int ACCEPTED = 0;
    private static final int REJECTED = 1;
    private static final int MALFORMED = 2;

    /** The answer to a message that did not decode. */
    static Reply malformed(long correlationId, String problem) {
        return new Reply(correlationId, 0, 0, null, problem);
    }

    /** The outcome a {@code CommandGateway} submitter receives: the rejection as its one event, else no events. */
    public Outcome outcome() {
        return new Outcome(sequence, timestamp, rejection == null ? List.of() : List.of(rejection));
    }

    public BinaryOut encode(BinaryOut out) {
        int status = problem != null ? MALFORMED : rejection != null ? REJECTED : ACCEPTED;
        out.reset().writeByte(FORMAT).writeLong(correlationId).writeByte(status).writeLong(sequence)
                .writeLong(timestamp);
        if (status == REJECTED) {
            out.writeString(rejection.command()).writeString(rejection.reason().name())
                    .writeString(rejection.message());
        } else if (status == MALFORMED) {
            out.writeString(problem);
        }
        return out;
    }

    /** @throws MalformedRecordException when the bytes are not a reply */
    public static Reply decode(BinaryIn in) {
        int format = in.readByte();
        if (format != FORMAT) {
            throw new MalformedRecordException("reply format " + format);
        }
        long correlationId = in.readLong();
        int status = in.readByte();
        long sequence = in.readLong();
        long timestamp = in.readLong();
        return switch (status) {
            case ACCEPTED -> new Reply(correlationId, sequence, timestamp, null, null);
            case REJECTED -> new Reply(correlationId, sequence, timestamp, new CommandRejected(in.readString(),
                    ValueCodec.enumValue(RejectReason.class, in.readString()), in.readString()), null);
            case MALFORMED -> new Reply(correlationId, sequence, timestamp, null, in.readString());
            default -> throw new MalformedRecordException("reply status " + status);
        };
    }
}
