package org.sanhe.dispatch.domain.centre;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;
import org.sanhe.dispatch.domain.incident.Responder;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.user.User;

/**
 * Writes the centre's state in one canonical byte order into SHA-256: entities sorted by id, every field in a fixed
 * order, strings length-prefixed, absent values marked. Lists whose order means something (notes, linked calls,
 * assigned units) keep their order.
 */
final class StateDigest {

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(8);
    private final boolean responders;

    private StateDigest(boolean responders) {
        this.responders = responders;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String of(Centre centre) {
        return of(centre, true);
    }

    /** With {@code position} false, leaves out the last sequence and timestamp: the content of the state alone. */
    static String of(Centre centre, boolean position) {
        return of(centre, position, true);
    }

    /**
     * With {@code responders} false, leaves out every incident's responders (tag 7): the hash as versions before them
     * (snapshot format 4 and older) computed it, which is what a hash recorded by such a version compares to. The
     * responders are the first part of the state that commands of older journals also build, so only they change the
     * hash of a journal written before them.
     */
    static String of(Centre centre, boolean position, boolean responders) {
        StateDigest d = new StateDigest(responders);
        d.text(centre.rules().toString());
        if (position) {
            d.number(centre.lastSequence());
            d.number(centre.lastTimestamp());
        }
        d.number(centre.incidents().lastId());
        d.number(centre.timers().lastId());
        centre.calls().all().stream().sorted(Comparator.comparing(Call::id)).forEach(d::call);
        centre.incidents().all().stream().sorted(Comparator.comparingLong(Incident::id)).forEach(d::incident);
        centre.units().all().stream().sorted(Comparator.comparing(Unit::id)).forEach(d::unit);
        centre.timers().pending().stream().sorted(Comparator.comparingLong(Timer::id)).forEach(d::timer);
        d.section(2, centre.stations().size());
        centre.stations().all().stream().sorted(Comparator.comparing(Station::id)).forEach(d::station);
        d.section(3, centre.users().size());
        centre.users().all().stream().sorted(Comparator.comparing(User::username)).forEach(d::user);
        if (centre.alerts().lastId() > 0 || centre.alerts().size() > 0) {
            d.digest.update((byte) (0x80 | 4));
            d.number(centre.alerts().size());
            d.number(centre.alerts().lastId());
            centre.alerts().all().stream().sorted(Comparator.comparingLong(Alert::id)).forEach(d::alert);
        }
        return HexFormat.of().formatHex(d.digest.digest());
    }

    private void call(Call c) {
        text(c.id());
        text(c.line());
        flag(c.lineKnown());
        text(c.callerNumber());
        text(c.channelId());
        number(c.offeredAt());
        location(c.location());
        text(c.state().name());
        text(c.answeredBy());
        number(c.answeredAt());
        number(c.closedAt());
        text(c.endCause());
        number(c.incidentId());
        number(c.firstLinkedAt());
        number(c.answerTimerId());
        optional(1, c.answeredSeat());
        optional(6, c.recording());
    }

    private void incident(Incident i) {
        number(i.id());
        number(i.openedAt());
        text(i.originCallId());
        text(i.type());
        number(i.priority());
        point(i.location());
        text(i.district());
        text(i.address());
        text(i.status().name());
        text(i.disposition() == null ? null : i.disposition().name());
        number(i.closedAt());
        number(i.firstDispatchAt());
        number(i.firstOnSceneAt());
        number(i.dispatchTimerId());
        number(i.notes().size());
        for (Note note : i.notes()) {
            number(note.at());
            text(note.author().toString());
            text(note.text());
        }
        texts(List.copyOf(i.callIds()));
        texts(List.copyOf(i.unitIds()));
        imported(i);
        if (responders) {
            responders(i);
        }
    }

    /** Every unit the incident ever had, behind tag 7: an incident that never had one hashes as it always did. */
    private void responders(Incident i) {
        List<Responder> responders = i.responders();
        // tags in use: 1 answeredSeat, 2 stations, 3 users, 4 alerts, 5 imported incident, 6 recording, 7 responders
        section(7, responders.size());
        for (Responder r : responders) {
            text(r.unitId());
            text(r.agency());
            number(r.assignedAt());
            text(r.status());
            number(r.statusAt());
            number(r.releasedAt());
        }
    }

    /** An imported incident's source and reported calls, behind their tag: ours hash as they always did. */
    private void imported(Incident i) {
        if (i.source() == null) {
            return;
        }
        // tags are unique across the digest: 1 and 6 call fields, 2 and 3 the stations' and users' sections, 4 alerts
        digest.update((byte) (0x80 | 5));
        text(i.source().documentId());
        text(i.source().issuer());
        text(i.source().agency());
        text(i.source().incidentId());
        number(i.reportedCalls().size());
        for (ReportedCall call : i.reportedCalls()) {
            text(call.id());
            text(call.line());
            text(call.caller());
            number(call.startedAt());
            number(call.answeredAt());
            text(call.answeredBy());
        }
    }

    private void unit(Unit u) {
        text(u.id());
        text(u.callSign());
        text(u.agency());
        texts(u.capabilities());
        text(u.station());
        text(u.status().name());
        point(u.position());
        number(u.positionAt());
        number(u.incidentId());
        number(u.assignedAt());
        number(u.acknowledgeTimerId());
    }

    private void station(Station s) {
        text(s.id());
        text(s.name());
        text(s.agency());
        text(s.district());
        point(s.position());
    }

    private void user(User u) {
        text(u.username());
        texts(u.roles());
        text(u.passwordHash());
        text(u.configuredHash());
    }

    private void alert(Alert a) {
        number(a.id());
        key(a.key());
        number(a.sentAt());
        text(a.status());
        text(a.msgType());
        text(a.scope());
        number(a.references().size());
        a.references().forEach(this::key);
        texts(List.of(a.text().language(), a.text().event(), a.text().headline(), a.text().severity(),
                a.text().urgency(), a.text().certainty(), a.text().senderName()));
        number(a.expiresAt());
        number(a.areas().size());
        for (AlertArea area : a.areas()) {
            text(area.description());
            number(area.polygons().size());
            for (List<GeoPoint> ring : area.polygons()) {
                number(ring.size());
                ring.forEach(this::point);
            }
            number(area.circles().size());
            for (AlertCircle circle : area.circles()) {
                point(circle.centre());
                number(Double.doubleToLongBits(circle.radiusKm()));
            }
        }
        number(a.receivedAt());
        text(a.state().name());
        number(a.endedAt());
        number(a.endedBy());
        number(a.expiryTimerId());
    }

    private void key(AlertKey k) {
        text(k.sender());
        text(k.identifier());
        text(k.sent());
    }

    private void timer(Timer t) {
        number(t.id());
        text(t.kind().name());
        number(t.dueAt());
        text(t.callId());
        number(t.incidentId());
        text(t.unitId());
    }

    private void location(CallerLocation location) {
        flag(location != null);
        if (location != null) {
            point(location.point());
            number(location.accuracyMeters());
            text(location.source().name());
        }
    }

    private void point(GeoPoint p) {
        flag(p != null);
        if (p != null) {
            number(Double.doubleToLongBits(p.lat()));
            number(Double.doubleToLongBits(p.lon()));
        }
    }

    private void texts(List<String> values) {
        number(values.size());
        values.forEach(this::text);
    }

    private void text(String s) {
        if (s == null) {
            number(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
    }

    /**
     * A field added after the first version: written only when present, behind its tag, so that the hash of a state
     * that never had it stays what it was (auditors compare hashes across versions).
     */
    private void optional(int tag, String value) {
        if (value != null) {
            digest.update((byte) (0x80 | tag));
            text(value);
        }
    }

    /**
     * A part of the state added after the first version (stations, users): written only when it holds anything,
     * behind its tag and count, so that the hash of a state without any stays what it was.
     */
    private void section(int tag, int count) {
        if (count > 0) {
            digest.update((byte) (0x80 | tag));
            number(count);
        }
    }

    private void flag(boolean b) {
        digest.update((byte) (b ? 1 : 0));
    }

    private void number(long v) {
        buffer.clear();
        buffer.putLong(v);
        digest.update(buffer.array());
    }
}
