package org.sanhe.dispatch.runtime.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.IncidentStatus;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;
import org.sanhe.dispatch.domain.incident.Responder;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.sanhe.dispatch.runtime.codec.ValueCodec;

/**
 * The encoding of an incident in a snapshot: every field, then its notes, bound calls and units, each list in its
 * order, then its source and reported calls (format version 4), then every unit it ever had with its last status and
 * times (format version 5). The caller numbers behind the incident's caller index are not written: on decode they come from the calls,
 * which the snapshot holds before the incidents.
 */
final class IncidentCodec {

    private IncidentCodec() {
    }

    static void incident(BinaryOut out, Incident i) {
        out.writeLong(i.id()).writeLong(i.openedAt()).writeString(i.originCallId()).writeString(i.type())
                .writeInt(i.priority());
        ValueCodec.point(out, i.location());
        out.writeString(i.district()).writeString(i.address()).writeString(i.status().name())
                .writeString(i.disposition() == null ? null : i.disposition().name()).writeLong(i.closedAt())
                .writeLong(i.firstDispatchAt()).writeLong(i.firstOnSceneAt()).writeLong(i.dispatchTimerId());
        ValueCodec.notes(out, i.notes());
        out.writeStrings(List.copyOf(i.callIds()));
        out.writeStrings(List.copyOf(i.unitIds()));
        ValueCodec.source(out, i.source());
        ValueCodec.reportedCalls(out, i.reportedCalls());
        responders(out, i.responders());
    }

    /**
     * @param calls the snapshot's calls by id, to find each bound call's caller number
     */
    static Incident incident(BinaryIn in, Map<String, Call> calls) {
        long id = in.readLong();
        long openedAt = in.readLong();
        String originCallId = in.readString();
        String type = in.readString();
        int priority = in.readInt();
        var location = ValueCodec.point(in);
        String district = in.readString();
        String address = in.readString();
        IncidentStatus status = EntityCodec.requiredEnum(IncidentStatus.class, in.readString());
        Disposition disposition = ValueCodec.enumValue(Disposition.class, in.readString());
        long closedAt = in.readLong();
        long firstDispatchAt = in.readLong();
        long firstOnSceneAt = in.readLong();
        long dispatchTimerId = in.readLong();
        List<Note> notes = ValueCodec.notes(in);
        List<String> linked = linkedCalls(in, id, calls);
        List<String> unitIds = in.readStrings();
        IncidentSource source = ValueCodec.source(in);
        List<ReportedCall> reported = ValueCodec.reportedCalls(in);
        List<Responder> responders = responders(in, id);
        return Incident.restore(id, openedAt, originCallId, type, priority, location, district, address, status,
                disposition, closedAt, firstDispatchAt, firstOnSceneAt, dispatchTimerId, notes, linked, unitIds,
                source, reported, responders);
    }

    private static void responders(BinaryOut out, List<Responder> responders) {
        out.writeInt(responders.size());
        for (Responder r : responders) {
            out.writeString(r.unitId()).writeString(r.agency()).writeLong(r.assignedAt()).writeString(r.status()).writeLong(r.statusAt())
                    .writeLong(r.releasedAt());
        }
    }

    private static List<Responder> responders(BinaryIn in, long incidentId) {
        int n = in.count();
        List<Responder> responders = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String unitId = in.readString();
            String agency = in.readString();
            long assignedAt = in.readLong();
            String status = in.readString();
            long statusAt = in.readLong();
            long releasedAt = in.readLong();
            if (unitId == null || agency == null || status == null) {
                throw new MalformedRecordException("incident " + incidentId
                        + " has a responder without unit, agency or status");
            }
            responders.add(new Responder(unitId, agency, assignedAt, status, statusAt, releasedAt));
        }
        return responders;
    }

    private static List<String> linkedCalls(BinaryIn in, long incidentId, Map<String, Call> calls) {
        List<String> callIds = in.readStrings();
        for (String callId : callIds) {
            if (callId == null || !calls.containsKey(callId)) {
                throw new MalformedRecordException("incident " + incidentId + " binds unknown call " + callId);
            }
        }
        return callIds;
    }
}
