package org.sanhe.dispatch.runtime.snapshot;

import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.alert.AlertState;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerKind;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.dispatch.runtime.codec.AlertCodec;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * Encodings of the calls, units, timers, stations, users and alerts in a snapshot: every field, in the order the
 * entity declares them. Enums by name, optional values as {@link ValueCodec} writes them.
 */
final class EntityCodec {

    private EntityCodec() {
    }

    static void call(BinaryOut out, Call c) {
        out.writeString(c.id()).writeString(c.line()).writeBoolean(c.lineKnown()).writeString(c.callerNumber())
                .writeString(c.channelId()).writeLong(c.offeredAt());
        ValueCodec.location(out, c.location());
        out.writeString(c.state().name()).writeString(c.answeredBy()).writeString(c.answeredSeat())
                .writeLong(c.answeredAt())
                .writeLong(c.closedAt()).writeString(c.endCause()).writeLong(c.incidentId())
                .writeLong(c.firstLinkedAt()).writeLong(c.answerTimerId()).writeString(c.recording());
    }

    static Call call(BinaryIn in) {
        String id = required(in.readString(), "call id");
        String line = in.readString();
        boolean lineKnown = in.readBoolean();
        String callerNumber = in.readString();
        String channelId = in.readString();
        long offeredAt = in.readLong();
        var location = ValueCodec.location(in);
        CallState state = requiredEnum(CallState.class, in.readString());
        String answeredBy = in.readString();
        String answeredSeat = in.readString();
        long answeredAt = in.readLong();
        long closedAt = in.readLong();
        String endCause = in.readString();
        long incidentId = in.readLong();
        long firstLinkedAt = in.readLong();
        long answerTimerId = in.readLong();
        String recording = in.readString();
        return Call.restore(id, line, lineKnown, callerNumber, channelId, offeredAt, location, state, answeredBy,
                answeredSeat, answeredAt, closedAt, endCause, incidentId, firstLinkedAt, answerTimerId, recording);
    }

    static void unit(BinaryOut out, Unit u) {
        out.writeString(u.id()).writeString(u.callSign()).writeString(u.agency()).writeStrings(u.capabilities())
                .writeString(u.station()).writeString(u.status().name());
        ValueCodec.point(out, u.position());
        out.writeLong(u.positionAt()).writeLong(u.incidentId()).writeLong(u.assignedAt())
                .writeLong(u.acknowledgeTimerId());
    }

    static Unit unit(BinaryIn in) {
        String id = required(in.readString(), "unit id");
        String callSign = in.readString();
        String agency = in.readString();
        var capabilities = in.readStrings();
        String station = in.readString();
        UnitStatus status = requiredEnum(UnitStatus.class, in.readString());
        var position = ValueCodec.point(in);
        long positionAt = in.readLong();
        long incidentId = in.readLong();
        long assignedAt = in.readLong();
        long acknowledgeTimerId = in.readLong();
        return ValueCodec.valid(() -> Unit.restore(id, callSign, agency, capabilities, station, status, position,
                positionAt, incidentId, assignedAt, acknowledgeTimerId));
    }

    static void timer(BinaryOut out, Timer t) {
        out.writeLong(t.id()).writeString(t.kind().name()).writeLong(t.dueAt()).writeString(t.callId())
                .writeLong(t.incidentId()).writeString(t.unitId());
    }

    static Timer timer(BinaryIn in) {
        long id = in.readLong();
        TimerKind kind = requiredEnum(TimerKind.class, in.readString());
        long dueAt = in.readLong();
        String callId = in.readString();
        long incidentId = in.readLong();
        String unitId = in.readString();
        return new Timer(id, kind, dueAt, callId, incidentId, unitId);
    }

    static void station(BinaryOut out, Station s) {
        out.writeString(s.id()).writeString(s.name()).writeString(s.agency()).writeString(s.district());
        ValueCodec.point(out, s.position());
    }

    static Station station(BinaryIn in) {
        String id = required(in.readString(), "station id");
        String name = required(in.readString(), "station name");
        String agency = required(in.readString(), "station agency");
        String district = in.readString();
        var position = ValueCodec.point(in);
        return ValueCodec.valid(() -> new Station(id, name, agency, district, position));
    }

    static void user(BinaryOut out, User u) {
        out.writeString(u.username()).writeStrings(u.roles()).writeString(u.passwordHash())
                .writeString(u.configuredHash());
    }

    static User user(BinaryIn in) {
        String username = required(in.readString(), "username");
        var roles = in.readStrings();
        String hash = required(in.readString(), "password hash");
        String configured = required(in.readString(), "configured hash");
        return new User(username, roles, hash, configured);
    }

    static void alert(BinaryOut out, Alert a) {
        out.writeLong(a.id());
        AlertCodec.key(out, a.key());
        out.writeLong(a.sentAt()).writeString(a.status()).writeString(a.msgType()).writeString(a.scope());
        AlertCodec.keys(out, a.references());
        AlertCodec.text(out, a.text());
        out.writeLong(a.expiresAt());
        AlertCodec.areas(out, a.areas());
        out.writeLong(a.receivedAt()).writeString(a.state().name()).writeLong(a.endedAt()).writeLong(a.endedBy())
                .writeLong(a.expiryTimerId());
    }

    static Alert alert(BinaryIn in) {
        long id = in.readLong();
        var key = AlertCodec.key(in);
        long sentAt = in.readLong();
        String status = required(in.readString(), "alert status");
        String msgType = required(in.readString(), "alert msgType");
        String scope = required(in.readString(), "alert scope");
        var references = AlertCodec.keys(in);
        var text = AlertCodec.text(in);
        long expiresAt = in.readLong();
        var areas = AlertCodec.areas(in);
        long receivedAt = in.readLong();
        AlertState state = requiredEnum(AlertState.class, in.readString());
        long endedAt = in.readLong();
        long endedBy = in.readLong();
        long timerId = in.readLong();
        return ValueCodec.valid(() -> new Alert(id, key, sentAt, status, msgType, scope, references, text, expiresAt,
                areas, receivedAt, state, endedAt, endedBy, timerId));
    }

    /** The string, which a snapshot must have. */
    static String required(String value, String what) {
        if (value == null) {
            throw new MalformedRecordException("no " + what);
        }
        return value;
    }

    /** An enum constant by name, which a snapshot must have. */
    static <E extends Enum<E>> E requiredEnum(Class<E> type, String name) {
        return ValueCodec.enumValue(type, required(name, type.getSimpleName()));
    }
}
