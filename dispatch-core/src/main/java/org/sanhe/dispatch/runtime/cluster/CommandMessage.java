package org.sanhe.dispatch.runtime.cluster;

import java.util.Objects;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;
import org.sanhe.dispatch.runtime.journal.CommandCodecs;

/**
 * A command as a cluster session message, from the {@link ClusterGateway} to the {@link CentreService}:
 * <pre>
 * byte format(1) | long clientId | long correlationId | actor | short typeId | byte version | int length | payload
 * </pre>
 * The actor and the command are written by the journal's own codecs ({@link ValueCodec}, {@link CommandCodecs}),
 * so a command travels in the layout the journal stores it in and old versions stay readable. No sequence and no
 * time: the service stamps both when the message comes out of the log.
 *
 * @param clientId      the sending gateway's id, stable for its life
 * @param correlationId unique per command of that client, reused when the command is retried
 */
public record CommandMessage(long clientId, long correlationId, Actor actor, Command command) {

    static final int FORMAT = 1;

    public CommandMessage {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }

    /** Writes the message to {@code out} (reset first). */
    public BinaryOut encode(BinaryOut out) {
        out.reset().writeByte(FORMAT).writeLong(clientId).writeLong(correlationId);
        ValueCodec.actor(out, actor);
        CommandCodecs.write(out, command, new BinaryOut(256));
        return out;
    }

    /**
     * Reads a message.
     *
     * @throws MalformedRecordException when the bytes are not one
     */
    public static CommandMessage decode(byte[] bytes, int length) {
        BinaryIn in = new BinaryIn(bytes, 0, length);
        int format = in.readByte();
        if (format != FORMAT) {
            throw new MalformedRecordException("command message format " + format);
        }
        long clientId = in.readLong();
        long correlationId = in.readLong();
        Actor actor = ValueCodec.actor(in);
        Command command = CommandCodecs.read(in);
        return new CommandMessage(clientId, correlationId, actor, command);
    }

    /** The correlation id alone, or -1 when the bytes are too short to hold one (for answering a bad message). */
    static long correlationIdOf(byte[] bytes, int length) {
        if (length < 17) {
            return -1;
        }
        BinaryIn in = new BinaryIn(bytes, 9, 8);
        return in.readLong();
    }
}
