package org.sanhe.dispatch.runtime.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CentreState;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * The whole state of a {@link Centre} as bytes, and back to a new centre with the same
 * {@link Centre#stateHash()} that behaves identically from then on.
 *
 * <p>Layout: the magic {@code "SHCS"} and a format version (short), the rules, the last sequence and timestamp, the
 * incident and timer counters, then the calls, incidents, units, pending timers, stations and users, each as a count followed by the
 * entities in the order their books iterate them, then the alert counter and the alerts. Nothing may follow.
 *
 * <p>{@link #encode} is called on the core's thread (it reads the live centre); {@link #decode} on the thread that
 * will own the new centre. Stateless; no clock, no I/O.
 */
public final class StateCodec {

    /** {@code "SHCS"}: Sanhe centre state. */
    static final int MAGIC = 0x53484353;
    /**
     * 5: incidents carry every unit they ever had (their responders). 4: calls carry their recording, incidents their source and reported calls (an import from another centre), and
     * the alert counter and the alerts follow the users (3: stations and users follow the timers; 2: calls carry the
     * answering seat). Snapshots of other versions are skipped; recovery replays instead.
     */
    static final int VERSION = 5;

    private StateCodec() {
    }

    /** The centre's state as bytes. The centre must not change meanwhile: call on the core's thread. */
    public static byte[] encode(Centre centre) {
        BinaryOut out = new BinaryOut(64 * 1024);
        out.writeInt(MAGIC).writeShort(VERSION);
        ValueCodec.rules(out, centre.rules());
        out.writeLong(centre.lastSequence()).writeLong(centre.lastTimestamp())
                .writeLong(centre.incidents().lastId()).writeLong(centre.timers().lastId());
        out.writeInt(centre.calls().size());
        centre.calls().all().forEach(c -> EntityCodec.call(out, c));
        out.writeInt(centre.incidents().all().size());
        centre.incidents().all().forEach(i -> IncidentCodec.incident(out, i));
        out.writeInt(centre.units().size());
        centre.units().all().forEach(u -> EntityCodec.unit(out, u));
        out.writeInt(centre.timers().pending().size());
        centre.timers().pending().forEach(t -> EntityCodec.timer(out, t));
        out.writeInt(centre.stations().size());
        centre.stations().all().forEach(s -> EntityCodec.station(out, s));
        out.writeInt(centre.users().size());
        centre.users().all().forEach(u -> EntityCodec.user(out, u));
        out.writeLong(centre.alerts().lastId());
        out.writeInt(centre.alerts().size());
        centre.alerts().all().forEach(a -> EntityCodec.alert(out, a));
        return out.toByteArray();
    }

    /**
     * A new centre from bytes that {@link #encode} wrote.
     *
     * @throws MalformedRecordException when the bytes are not a snapshot of this format version, are cut short, have
     *                                  bytes left over, or do not describe a consistent centre
     */
    public static Centre decode(byte[] bytes) {
        BinaryIn in = new BinaryIn(bytes);
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new MalformedRecordException("not a centre state: magic " + Integer.toHexString(magic));
        }
        int version = in.readShort();
        if (version != VERSION) {
            throw new MalformedRecordException("unknown centre state format version " + version);
        }
        CentreState state = ValueCodec.valid(() -> state(in));
        if (in.remaining() != 0) {
            throw new MalformedRecordException(in.remaining() + " bytes after the centre state");
        }
        return ValueCodec.valid(() -> Centre.restore(state));
    }

    private static CentreState state(BinaryIn in) {
        var rules = ValueCodec.rules(in);
        long lastSequence = in.readLong();
        long lastTimestamp = in.readLong();
        long lastIncidentId = in.readLong();
        long lastTimerId = in.readLong();
        List<Call> calls = list(in, EntityCodec::call);
        Map<String, Call> callsById = new HashMap<>();
        for (Call call : calls) {
            if (callsById.put(call.id(), call) != null) {
                throw new MalformedRecordException("call " + call.id() + " twice");
            }
        }
        List<Incident> incidents = list(in, i -> IncidentCodec.incident(i, callsById));
        List<Unit> units = list(in, EntityCodec::unit);
        List<Timer> timers = list(in, EntityCodec::timer);
        List<Station> stations = list(in, EntityCodec::station);
        List<User> users = list(in, EntityCodec::user);
        long lastAlertId = in.readLong();
        List<Alert> alerts = list(in, EntityCodec::alert);
        return new CentreState(rules, lastSequence, lastTimestamp, lastIncidentId, lastTimerId,
                calls, incidents, units, timers, stations, users, lastAlertId, alerts);
    }

    /** A count, then that many elements. */
    private static <T> List<T> list(BinaryIn in, Function<BinaryIn, T> element) {
        int n = in.count();
        List<T> values = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            values.add(element.apply(in));
        }
        return values;
    }
}
