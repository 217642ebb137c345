package org.sanhe.dispatch.runtime.codec;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.geo.LocationSource;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.DuplicatePolicy;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Line;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.rules.TimerPolicy;

/**
 * Encodings of the core's value types, shared by the journal and the snapshots. Optional values are preceded by a
 * presence flag. Enums are written by name, so reordering constants never changes the meaning of old bytes.
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    public static void point(BinaryOut out, GeoPoint p) {
        out.writeBoolean(p != null);
        if (p != null) {
            out.writeDouble(p.lat()).writeDouble(p.lon());
        }
    }

    public static GeoPoint point(BinaryIn in) {
        if (!in.readBoolean()) {
            return null;
        }
        double lat = in.readDouble();
        double lon = in.readDouble();
        return valid(() -> new GeoPoint(lat, lon));
    }

    public static void location(BinaryOut out, CallerLocation l) {
        out.writeBoolean(l != null);
        if (l != null) {
            point(out, l.point());
            out.writeInt(l.accuracyMeters()).writeString(l.source().name());
        }
    }

    public static CallerLocation location(BinaryIn in) {
        if (!in.readBoolean()) {
            return null;
        }
        GeoPoint point = point(in);
        int accuracy = in.readInt();
        LocationSource source = enumValue(LocationSource.class, in.readString());
        return valid(() -> new CallerLocation(point, accuracy, source));
    }

    public static void actor(BinaryOut out, Actor a) {
        out.writeString(a.kind().name()).writeString(a.id());
    }

    public static Actor actor(BinaryIn in) {
        Actor.Kind kind = enumValue(Actor.Kind.class, in.readString());
        String id = in.readString();
        return valid(() -> new Actor(kind, id));
    }

    public static void note(BinaryOut out, Note n) {
        out.writeLong(n.at());
        actor(out, n.author());
        out.writeString(n.text());
    }

    public static Note note(BinaryIn in) {
        return new Note(in.readLong(), actor(in), in.readString());
    }

    /** An imported incident's source, or null. */
    public static void source(BinaryOut out, IncidentSource s) {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeString(s.documentId()).writeString(s.issuer()).writeString(s.agency())
                    .writeString(s.incidentId());
        }
    }

    public static IncidentSource source(BinaryIn in) {
        return in.readBoolean()
                ? new IncidentSource(in.readString(), in.readString(), in.readString(), in.readString()) : null;
    }

    public static void reportedCalls(BinaryOut out, List<ReportedCall> calls) {
        out.writeInt(calls.size());
        for (ReportedCall c : calls) {
            out.writeString(c.id()).writeString(c.line()).writeString(c.caller()).writeLong(c.startedAt())
                    .writeLong(c.answeredAt()).writeString(c.answeredBy());
        }
    }

    public static List<ReportedCall> reportedCalls(BinaryIn in) {
        int n = in.count();
        List<ReportedCall> calls = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            calls.add(new ReportedCall(in.readString(), in.readString(), in.readString(), in.readLong(),
                    in.readLong(), in.readString()));
        }
        return calls;
    }

    public static void notes(BinaryOut out, List<Note> notes) {
        out.writeInt(notes.size());
        notes.forEach(note -> note(out, note));
    }

    public static List<Note> notes(BinaryIn in) {
        int n = in.count();
        List<Note> notes = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            notes.add(note(in));
        }
        return notes;
    }

    public static void rules(BinaryOut out, CentreRules r) {
        out.writeStrings(r.agencies());
        out.writeInt(r.lines().size());
        for (Line line : r.lines()) {
            out.writeString(line.code()).writeString(line.agency()).writeString(line.nameZh())
                    .writeString(line.nameEn());
        }
        out.writeInt(r.types().size());
        for (IncidentType type : r.types()) {
            out.writeString(type.code()).writeString(type.nameZh()).writeString(type.nameEn())
                    .writeInt(type.defaultPriority()).writeStrings(type.lines());
            out.writeInt(type.plan().size());
            for (Need need : type.plan()) {
                out.writeString(need.agency()).writeInt(need.count()).writeStrings(need.capabilities());
            }
            out.writeStrings(type.compatible());
        }
        DuplicatePolicy d = r.duplicates();
        out.writeInt(d.radiusMeters()).writeLong(d.windowMillis()).writeInt(d.maxCandidates())
                .writeDouble(d.distanceWeight()).writeDouble(d.timeWeight()).writeDouble(d.typeWeight())
                .writeDouble(d.callerWeight());
        TimerPolicy t = r.timers();
        out.writeLong(t.answerMillis()).writeLong(t.acknowledgeMillis());
        out.writeInt(t.dispatchMillisByPriority().size());
        t.dispatchMillisByPriority().forEach(out::writeLong);
    }

    public static CentreRules rules(BinaryIn in) {
        List<String> agencies = in.readStrings();
        int lineCount = in.count();
        List<Line> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            lines.add(valid(() -> new Line(in.readString(), in.readString(), in.readString(), in.readString())));
        }
        int typeCount = in.count();
        List<IncidentType> types = new ArrayList<>(typeCount);
        for (int i = 0; i < typeCount; i++) {
            types.add(incidentType(in));
        }
        DuplicatePolicy duplicates = new DuplicatePolicy(in.readInt(), in.readLong(), in.readInt(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble());
        long answer = in.readLong();
        long acknowledge = in.readLong();
        int n = in.count();
        List<Long> dispatch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dispatch.add(in.readLong());
        }
        return valid(() -> new CentreRules(agencies, lines, types, duplicates,
                new TimerPolicy(answer, acknowledge, dispatch)));
    }

    private static IncidentType incidentType(BinaryIn in) {
        String code = in.readString();
        String nameZh = in.readString();
        String nameEn = in.readString();
        int priority = in.readInt();
        List<String> lines = in.readStrings();
        int needCount = in.count();
        List<Need> plan = new ArrayList<>(needCount);
        for (int j = 0; j < needCount; j++) {
            plan.add(valid(() -> new Need(in.readString(), in.readInt(), in.readStrings())));
        }
        List<String> compatible = in.readStrings();
        return valid(() -> new IncidentType(code, nameZh, nameEn, priority, lines, plan, compatible));
    }

    /** An enum constant by name, or a {@link MalformedRecordException}. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("no " + type.getSimpleName() + " " + name, e);
        }
    }

    /** Runs a constructor, turning its validation failure into a {@link MalformedRecordException}. */
    public static <T> T valid(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedRecordException("invalid record: " + e.getMessage(), e);
        }
    }
}
