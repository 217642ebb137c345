package org.sanhe.dispatch.domain.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/** One incident. Mutable, owned by the core's writer thread. */
public final class Incident {

    private final long id;
    private final long openedAt;
    private final String originCallId;
    private String type;
    private int priority;
    private GeoPoint location;
    private String district;
    private String address;
    private IncidentStatus status = IncidentStatus.OPEN;
    private Disposition disposition;
    private long closedAt;
    private long firstDispatchAt;
    private long firstOnSceneAt;
    private long dispatchTimerId;
    private final List<Note> notes = new ArrayList<>();
    private final Set<String> callIds = new LinkedHashSet<>();
    private final Set<String> unitIds = new LinkedHashSet<>();
    /** Every unit it ever had, by unit id, in the order first sent. */
    private final Map<String, Responder> responders = new LinkedHashMap<>();
    private IncidentSource source;
    private List<ReportedCall> reportedCalls = List.of();

    public Incident(long id, long openedAt, String originCallId, String type, int priority, GeoPoint location,
                    String district, String address) {
        this.id = id;
        this.openedAt = openedAt;
        this.originCallId = originCallId;
        this.type = type;
        this.priority = priority;
        this.location = location;
        this.district = district;
        this.address = address;
    }

    /**
     * An incident with every field as recorded, for snapshot restore only. The parameters are the accessors' values,
     * in the order of the fields; {@code callIds} in binding order; {@code unitIds} in assignment order; {@code responders} in the order first sent.
     */
    public static Incident restore(long id, long openedAt, String originCallId, String type, int priority,
                                   GeoPoint location, String district, String address, IncidentStatus status,
                                   Disposition disposition, long closedAt, long firstDispatchAt, long firstOnSceneAt,
                                   long dispatchTimerId, List<Note> notes, List<String> callIds,
                                   List<String> unitIds, IncidentSource source, List<ReportedCall> reportedCalls,
                                   List<Responder> responders) {
        Incident incident = new Incident(id, openedAt, originCallId, type, priority, location, district, address);
        incident.status = Objects.requireNonNull(status, "status");
        incident.disposition = disposition;
        incident.closedAt = closedAt;
        incident.firstDispatchAt = firstDispatchAt;
        incident.firstOnSceneAt = firstOnSceneAt;
        incident.dispatchTimerId = dispatchTimerId;
        incident.notes.addAll(notes);
        incident.callIds.addAll(callIds);
        incident.unitIds.addAll(unitIds);
        incident.source = source;
        incident.reportedCalls = List.copyOf(reportedCalls);
        responders.forEach(r -> incident.responders.put(r.unitId(), r));
        return incident;
    }

    /** Marks the incident as imported from {@code from}, once, at opening. */
    void importedFrom(IncidentSource from) {
        source = from;
    }

    void reportCalls(List<ReportedCall> calls) {
        reportedCalls = List.copyOf(calls);
    }

    void retype(String newType, int newPriority) {
        type = newType;
        priority = newPriority;
    }

    void relocate(GeoPoint newLocation, String newDistrict) {
        location = newLocation;
        district = newDistrict;
    }

    void readdress(String newAddress) {
        address = newAddress;
    }

    void addNote(Note note) {
        notes.add(note);
    }

    void linkCall(String callId) {
        callIds.add(callId);
    }

    void unlinkCall(String callId) {
        callIds.remove(callId);
    }

    /** Records a unit as serving; the first one also marks the first dispatch. */
    void addUnit(String unitId, String agency, long at) {
        unitIds.add(unitId);
        responders.put(unitId, Responder.sent(unitId, agency, at));
        if (firstDispatchAt == 0) {
            firstDispatchAt = at;
        }
    }

    void removeUnit(String unitId, long at) {
        unitIds.remove(unitId);
        responders.computeIfPresent(unitId, (id, r) -> r.released(at));
    }

    /** Records the status a serving unit reported. */
    void unitReported(String unitId, String status, long at) {
        responders.computeIfPresent(unitId, (id, r) -> r.serving() ? r.reported(status, at) : r);
    }

    void markOnScene(long at) {
        if (firstOnSceneAt == 0) {
            firstOnSceneAt = at;
        }
    }

    void close(Disposition how, long at) {
        status = IncidentStatus.CLOSED;
        disposition = how;
        closedAt = at;
    }

    void dispatchTimer(long timerId) {
        dispatchTimerId = timerId;
    }

    public long id() {
        return id;
    }

    public long openedAt() {
        return openedAt;
    }

    /** The call it was opened from, null when opened by hand. */
    public String originCallId() {
        return originCallId;
    }

    public String type() {
        return type;
    }

    public int priority() {
        return priority;
    }

    public GeoPoint location() {
        return location;
    }

    /** District code, null when outside the service area. */
    public String district() {
        return district;
    }

    public String address() {
        return address;
    }

    public IncidentStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == IncidentStatus.OPEN;
    }

    /** Null while open. */
    public Disposition disposition() {
        return disposition;
    }

    public long closedAt() {
        return closedAt;
    }

    /** When the first unit was assigned, 0 before. */
    public long firstDispatchAt() {
        return firstDispatchAt;
    }

    /** When the first unit arrived, 0 before. */
    public long firstOnSceneAt() {
        return firstOnSceneAt;
    }

    /** The pending dispatch timer, 0 when none. */
    public long dispatchTimerId() {
        return dispatchTimerId;
    }

    public List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Where it was imported from, null for an incident of our own. */
    public IncidentSource source() {
        return source;
    }

    /** The calls another centre reported for it (see {@link ReportedCall}), in the order reported; empty for ours. */
    public List<ReportedCall> reportedCalls() {
        return reportedCalls;
    }

    /** The calls bound to it, in the order they were bound. */
    public Set<String> callIds() {
        return Collections.unmodifiableSet(callIds);
    }

    /** The units serving it now, in the order they were assigned. */
    public Set<String> unitIds() {
        return Collections.unmodifiableSet(unitIds);
    }

    /** Every unit the incident ever had, serving or released, in the order first sent. */
    public List<Responder> responders() {
        return List.copyOf(responders.values());
    }
}
