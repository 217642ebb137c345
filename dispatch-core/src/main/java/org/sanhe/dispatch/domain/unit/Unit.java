package org.sanhe.dispatch.domain.unit;

import java.util.List;
import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/** One unit. Mutable, owned by the core's writer thread. */
public final class Unit {

    private final String id;
    private String callSign;
    private String agency;
    private List<String> capabilities;
    private String station;
    private UnitStatus status = UnitStatus.AVAILABLE;
    private GeoPoint position;
    private long positionAt;
    private long incidentId;
    private long assignedAt;
    private long acknowledgeTimerId;

    public Unit(String id, String callSign, String agency, List<String> capabilities, String station,
                GeoPoint position, long positionAt) {
        this.id = id;
        this.callSign = callSign;
        this.agency = agency;
        this.capabilities = List.copyOf(capabilities);
        this.station = station;
        this.position = position;
        this.positionAt = positionAt;
    }

    /**
     * A unit with every field as recorded, for snapshot restore only. The parameters are the accessors' values, in
     * the order of the fields.
     */
    public static Unit restore(String id, String callSign, String agency, List<String> capabilities, String station,
                               UnitStatus status, GeoPoint position, long positionAt, long incidentId,
                               long assignedAt, long acknowledgeTimerId) {
        Unit unit = new Unit(id, callSign, agency, capabilities, station, position, positionAt);
        unit.status = Objects.requireNonNull(status, "status");
        unit.incidentId = incidentId;
        unit.assignedAt = assignedAt;
        unit.acknowledgeTimerId = acknowledgeTimerId;
        return unit;
    }

    /** Changes what the unit is (its rules live in the centre's unit desk); capabilities sorted and distinct. */
    void redefine(String newCallSign, String newAgency, List<String> newCapabilities, String newStation) {
        callSign = newCallSign;
        agency = newAgency;
        capabilities = List.copyOf(newCapabilities);
        station = newStation;
    }

    void moveTo(GeoPoint newPosition, long at) {
        position = newPosition;
        positionAt = at;
    }

    void status(UnitStatus newStatus) {
        status = newStatus;
    }

    void assign(long incident, long at) {
        status = UnitStatus.DISPATCHED;
        incidentId = incident;
        assignedAt = at;
    }

    void release() {
        status = status.afterRelease();
        incidentId = 0;
        assignedAt = 0;
    }

    void acknowledgeTimer(long timerId) {
        acknowledgeTimerId = timerId;
    }

    public String id() {
        return id;
    }

    public String callSign() {
        return callSign;
    }

    public String agency() {
        return agency;
    }

    /** Sorted and distinct. */
    public List<String> capabilities() {
        return capabilities;
    }

    /** Home station, null when none. */
    public String station() {
        return station;
    }

    public UnitStatus status() {
        return status;
    }

    /** Last known position, null when never reported. */
    public GeoPoint position() {
        return position;
    }

    /** When the position was reported, 0 when unknown. */
    public long positionAt() {
        return positionAt;
    }

    /** The incident it serves, 0 when none. */
    public long incidentId() {
        return incidentId;
    }

    /** When it was assigned to its incident, 0 when none. */
    public long assignedAt() {
        return assignedAt;
    }

    /** The pending acknowledgement timer, 0 when none. */
    public long acknowledgeTimerId() {
        return acknowledgeTimerId;
    }
}
