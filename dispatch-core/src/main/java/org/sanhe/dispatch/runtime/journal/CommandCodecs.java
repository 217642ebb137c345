package org.sanhe.dispatch.runtime.journal;

import static org.sanhe.dispatch.runtime.codec.ValueCodec.enumValue;
import static org.sanhe.dispatch.runtime.codec.ValueCodec.location;
import static org.sanhe.dispatch.runtime.codec.ValueCodec.notes;
import static org.sanhe.dispatch.runtime.codec.ValueCodec.point;
import static org.sanhe.dispatch.runtime.codec.ValueCodec.reportedCalls;
import static org.sanhe.dispatch.runtime.codec.ValueCodec.rules;
import static org.sanhe.dispatch.runtime.codec.ValueCodec.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.ImportIncident;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.unit.Proposal;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.domain.user.SessionActivity;
import org.sanhe.dispatch.runtime.codec.AlertCodec;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * The codec of every command record, by type id. Type ids are stable forever; a record's version goes up when its
 * layout changes, and its decoder keeps reading the old versions. Stateless and thread-safe.
 */
public final class CommandCodecs {

    private static final Map<Class<?>, RecordCodec<?>> BY_TYPE = new HashMap<>();
    private static final Map<Integer, RecordCodec<?>> BY_ID = new HashMap<>();

    static {
        add(1, 1, DefineRules.class, (c, out) -> rules(out, c.rules()), (v, in) -> new DefineRules(rules(in)));
        add(10, 1, OfferCall.class, (c, out) -> {
            out.writeString(c.callId()).writeString(c.line()).writeString(c.callerNumber())
                    .writeString(c.channelId());
            location(out, c.location());
        }, (v, in) -> new OfferCall(in.readString(), in.readString(), in.readString(), in.readString(),
                location(in)));
        // version 2 added the seat
        add(11, 2, AnswerCall.class, (c, out) -> out.writeString(c.callId()).writeString(c.callTaker())
                        .writeString(c.seat()),
                (v, in) -> new AnswerCall(in.readString(), in.readString(), v >= 2 ? in.readString() : null));
        add(12, 1, EndCall.class, (c, out) -> out.writeString(c.callId()).writeString(c.cause()),
                (v, in) -> new EndCall(in.readString(), in.readString()));
        add(13, 1, AbandonCall.class, (c, out) -> out.writeString(c.callId()).writeLong(c.holdMillis()),
                (v, in) -> new AbandonCall(in.readString(), in.readLong()));
        add(14, 1, LocateCaller.class, (c, out) -> {
            out.writeString(c.callId());
            location(out, c.location());
        }, (v, in) -> new LocateCaller(in.readString(), location(in)));
        add(15, 1, AttachRecording.class, (c, out) -> out.writeString(c.callId()).writeString(c.fileName()),
                (v, in) -> new AttachRecording(in.readString(), in.readString()));
        add(20, 1, OpenIncident.class, (c, out) -> {
            out.writeString(c.type()).writeInt(c.priority());
            point(out, c.location());
            out.writeString(c.district()).writeString(c.address()).writeString(c.notes()).writeString(c.callId());
        }, (v, in) -> new OpenIncident(in.readString(), in.readInt(), point(in), in.readString(), in.readString(),
                in.readString(), in.readString()));
        add(21, 1, UpdateIncident.class, (c, out) -> {
            out.writeLong(c.incidentId()).writeString(c.type()).writeInt(c.priority());
            point(out, c.location());
            out.writeString(c.district()).writeString(c.address()).writeString(c.note());
        }, (v, in) -> new UpdateIncident(in.readLong(), in.readString(), in.readInt(), point(in), in.readString(),
                in.readString(), in.readString()));
        add(22, 1, LinkCall.class, (c, out) -> out.writeLong(c.incidentId()).writeString(c.callId()),
                (v, in) -> new LinkCall(in.readLong(), in.readString()));
        add(23, 1, UnlinkCall.class, (c, out) -> out.writeLong(c.incidentId()).writeString(c.callId()),
                (v, in) -> new UnlinkCall(in.readLong(), in.readString()));
        add(24, 1, CloseIncident.class, (c, out) -> out.writeLong(c.incidentId())
                        .writeString(c.disposition().name()).writeString(c.note()),
                (v, in) -> new CloseIncident(in.readLong(), enumValue(Disposition.class, in.readString()),
                        in.readString()));
        add(25, 1, ImportIncident.class, (c, out) -> {
            source(out, c.source());
            out.writeString(c.type()).writeInt(c.priority());
            point(out, c.location());
            out.writeString(c.district()).writeString(c.address());
            reportedCalls(out, c.calls());
            notes(out, c.notes());
        }, (v, in) -> new ImportIncident(source(in), in.readString(), in.readInt(), point(in), in.readString(),
                in.readString(), reportedCalls(in), notes(in)));
        add(30, 1, RegisterUnit.class, (c, out) -> {
            out.writeString(c.unitId()).writeString(c.callSign()).writeString(c.agency())
                    .writeStrings(c.capabilities()).writeString(c.station());
            point(out, c.position());
        }, (v, in) -> new RegisterUnit(in.readString(), in.readString(), in.readString(), in.readStrings(),
                in.readString(), point(in)));
        add(31, 1, ReportUnitPosition.class, (c, out) -> {
            out.writeString(c.unitId());
            point(out, c.position());
        }, (v, in) -> new ReportUnitPosition(in.readString(), point(in)));
        add(32, 1, ChangeUnitStatus.class, (c, out) -> out.writeString(c.unitId()).writeString(c.status().name()),
                (v, in) -> new ChangeUnitStatus(in.readString(), enumValue(UnitStatus.class, in.readString())));
        // version 2 added the divert flag and the proposal
        add(33, 2, AssignUnit.class, (c, out) -> {
            out.writeLong(c.incidentId()).writeString(c.unitId()).writeBoolean(c.divert());
            proposal(out, c.proposal());
        }, (v, in) -> v >= 2 ? new AssignUnit(in.readLong(), in.readString(), in.readBoolean(), proposal(in))
                : new AssignUnit(in.readLong(), in.readString()));
        // version 2 added the reason
        add(34, 2, ReleaseUnit.class, (c, out) -> out.writeLong(c.incidentId()).writeString(c.unitId())
                        .writeString(c.reason()),
                (v, in) -> new ReleaseUnit(in.readLong(), in.readString(), v >= 2 ? in.readString() : null));
        add(35, 1, ChangeUnit.class, (c, out) -> {
            out.writeString(c.unitId()).writeString(c.callSign()).writeString(c.agency());
            out.writeBoolean(c.capabilities() != null);
            if (c.capabilities() != null) {
                out.writeStrings(c.capabilities());
            }
            out.writeString(c.station());
        }, (v, in) -> new ChangeUnit(in.readString(), in.readString(), in.readString(),
                in.readBoolean() ? in.readStrings() : null, in.readString()));
        add(36, 1, RetireUnit.class, (c, out) -> out.writeString(c.unitId()),
                (v, in) -> new RetireUnit(in.readString()));
        add(50, 1, RegisterStation.class, (c, out) -> {
            out.writeString(c.stationId()).writeString(c.name()).writeString(c.agency());
            point(out, c.position());
            out.writeString(c.district());
        }, (v, in) -> new RegisterStation(in.readString(), in.readString(), in.readString(), point(in),
                in.readString()));
        add(51, 1, ChangeStation.class, (c, out) -> {
            out.writeString(c.stationId()).writeString(c.name());
            point(out, c.position());
            out.writeString(c.district());
        }, (v, in) -> new ChangeStation(in.readString(), in.readString(), point(in), in.readString()));
        add(52, 1, CloseStation.class, (c, out) -> out.writeString(c.stationId()),
                (v, in) -> new CloseStation(in.readString()));
        add(60, 1, DefineUser.class, (c, out) -> out.writeString(c.username()).writeStrings(c.roles())
                        .writeString(c.passwordHash()),
                (v, in) -> new DefineUser(in.readString(), in.readStrings(), in.readString()));
        add(61, 1, RemoveUser.class, (c, out) -> out.writeString(c.username()),
                (v, in) -> new RemoveUser(in.readString()));
        add(62, 1, ResetPassword.class, (c, out) -> out.writeString(c.username()).writeString(c.passwordHash()),
                (v, in) -> new ResetPassword(in.readString(), in.readString()));
        add(40, 1, FireTimer.class, (c, out) -> out.writeLong(c.timerId()),
                (v, in) -> new FireTimer(in.readLong()));
        add(70, 1, RecordSessionActivity.class, (c, out) -> out.writeString(c.activity().name())
                        .writeString(c.username()).writeString(c.sessionId()).writeString(c.from()),
                (v, in) -> new RecordSessionActivity(enumValue(SessionActivity.class, in.readString()),
                        in.readString(), in.readString(), in.readString()));
        // 80-89: public warnings (CAP)
        add(80, 1, ReceiveAlert.class, (c, out) -> {
            AlertCodec.key(out, c.key());
            out.writeLong(c.sentAt()).writeString(c.status()).writeString(c.msgType()).writeString(c.scope());
            AlertCodec.keys(out, c.references());
            AlertCodec.text(out, c.text());
            out.writeLong(c.expiresAt());
            AlertCodec.areas(out, c.areas());
            out.writeString(c.document());
        }, (v, in) -> new ReceiveAlert(AlertCodec.key(in), in.readLong(), in.readString(), in.readString(),
                in.readString(), AlertCodec.keys(in), AlertCodec.text(in), in.readLong(), AlertCodec.areas(in),
                in.readString()));
    }

    private CommandCodecs() {
    }

    private static <C extends Command> void add(int typeId, int version, Class<C> type,
                                                BiConsumer<C, BinaryOut> encoder,
                                                BiFunction<Integer, BinaryIn, C> decoder) {
        RecordCodec<C> codec = new RecordCodec<>() {
            @Override
            public int typeId() {
                return typeId;
            }

            @Override
            public int version() {
                return version;
            }

            @Override
            public Class<C> type() {
                return type;
            }

            @Override
            public void encode(C command, BinaryOut out) {
                encoder.accept(command, out);
            }

            @Override
            public C decode(int v, BinaryIn in) {
                if (v < 1 || v > version) {
                    throw new MalformedRecordException(type.getSimpleName() + " version " + v + " is unknown");
                }
                return ValueCodec.valid(() -> decoder.apply(v, in));
            }
        };
        if (BY_TYPE.put(type, codec) != null || BY_ID.put(typeId, codec) != null) {
            throw new IllegalStateException("codec registered twice: " + type + " / " + typeId);
        }
    }

    private static void proposal(BinaryOut out, Proposal proposal) {
        out.writeBoolean(proposal != null);
        if (proposal != null) {
            out.writeInt(proposal.rank()).writeLong(proposal.etaSeconds());
        }
    }

    private static Proposal proposal(BinaryIn in) {
        return in.readBoolean() ? new Proposal(in.readInt(), in.readLong()) : null;
    }

    /** The codec of a command's record. */
    @SuppressWarnings("unchecked")
    public static <C extends Command> RecordCodec<C> of(C command) {
        RecordCodec<C> codec = (RecordCodec<C>) BY_TYPE.get(command.getClass());
        if (codec == null) {
            throw new IllegalStateException("no codec for " + command.getClass().getName());
        }
        return codec;
    }

    /** The codec of a type id, or a {@link MalformedRecordException}. */
    public static RecordCodec<?> of(int typeId) {
        RecordCodec<?> codec = BY_ID.get(typeId);
        if (codec == null) {
            throw new MalformedRecordException("unknown command type id " + typeId);
        }
        return codec;
    }

    /**
     * Writes a command as the journal and the cluster's messages carry it: {@code short typeId | byte version |
     * int length | payload}; {@code scratch} (reset here) holds the payload while its length is not yet known.
     */
    public static void write(BinaryOut out, Command command, BinaryOut scratch) {
        RecordCodec<Command> codec = of(command);
        scratch.reset();
        codec.encode(command, scratch);
        out.writeShort(codec.typeId()).writeByte(codec.version()).writeInt(scratch.length());
        out.writeBytes(scratch.array(), 0, scratch.length());
    }

    /**
     * Reads what {@link #write} wrote, which must be all that is left of {@code in}.
     *
     * @throws MalformedRecordException when the bytes are not one command, or not all of it
     */
    public static Command read(BinaryIn in) {
        int typeId = in.readShort();
        int version = in.readByte();
        int payloadLength = in.readInt();
        if (payloadLength != in.remaining()) {
            throw new MalformedRecordException("payload length " + payloadLength + ", " + in.remaining() + " left");
        }
        Command command = of(typeId).decode(version, in);
        if (in.remaining() != 0) {
            throw new MalformedRecordException(in.remaining() + " bytes left after the payload");
        }
        return command;
    }

    /** Every codec, for tests that check all records are covered. */
    public static List<RecordCodec<?>> all() {
        return List.copyOf(BY_TYPE.values());
    }
}
