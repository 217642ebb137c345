package org.sanhe.dispatch.domain.call;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.CallerLocation;

/**
 * One call. Mutable, owned by the core's writer thread; see the package documentation.
 */
public final class Call {

    private final String id;
    private final String line;
    private final boolean lineKnown;
    private final String callerNumber;
    private final String channelId;
    private final long offeredAt;
    private CallerLocation location;
    private CallState state = CallState.QUEUED;
    private String answeredBy;
    private String answeredSeat;
    private long answeredAt;
    private long closedAt;
    private String endCause;
    private long incidentId;
    private long firstLinkedAt;
    private long answerTimerId;
    private String recording;

    public Call(String id, String line, boolean lineKnown, String callerNumber, String channelId, long offeredAt,
                CallerLocation location) {
        this.id = id;
        this.line = line;
        this.lineKnown = lineKnown;
        this.callerNumber = callerNumber;
        this.channelId = channelId;
        this.offeredAt = offeredAt;
        this.location = location;
    }

    /**
     * A call with every field as recorded, for snapshot restore only. The parameters are the accessors' values, in
     * the order of the fields.
     */
    public static Call restore(String id, String line, boolean lineKnown, String callerNumber, String channelId,
                               long offeredAt, CallerLocation location, CallState state, String answeredBy,
                               String answeredSeat, long answeredAt, long closedAt, String endCause,
                               long incidentId, long firstLinkedAt, long answerTimerId, String recording) {
        Call call = new Call(id, line, lineKnown, callerNumber, channelId, offeredAt, location);
        call.state = Objects.requireNonNull(state, "state");
        call.answeredBy = answeredBy;
        call.answeredSeat = answeredSeat;
        call.answeredAt = answeredAt;
        call.closedAt = closedAt;
        call.endCause = endCause;
        call.incidentId = incidentId;
        call.firstLinkedAt = firstLinkedAt;
        call.answerTimerId = answerTimerId;
        call.recording = recording;
        return call;
    }

    void answer(String callTaker, String seat, long at) {
        state = CallState.ANSWERED;
        answeredBy = callTaker;
        answeredSeat = seat;
        answeredAt = at;
    }

    void end(String cause, long at) {
        state = CallState.ENDED;
        endCause = cause;
        closedAt = at;
    }

    void abandon(long at) {
        state = CallState.ABANDONED;
        endCause = "abandoned";
        closedAt = at;
    }

    void locate(CallerLocation newLocation) {
        location = newLocation;
    }

    /** Binds the call to an incident at a time; the first binding is remembered for the answer-to-incident interval. */
    void bindTo(long incident, long at) {
        incidentId = incident;
        if (firstLinkedAt == 0) {
            firstLinkedAt = at;
        }
    }

    void unbind() {
        incidentId = 0;
    }

    void record(String fileName) {
        recording = fileName;
    }

    void answerTimer(long timerId) {
        answerTimerId = timerId;
    }

    public String id() {
        return id;
    }

    public String line() {
        return line;
    }

    public boolean lineKnown() {
        return lineKnown;
    }

    /** The caller's number, null when withheld. */
    public String callerNumber() {
        return callerNumber;
    }

    public String channelId() {
        return channelId;
    }

    public long offeredAt() {
        return offeredAt;
    }

    /** The caller's location, null when unknown. */
    public CallerLocation location() {
        return location;
    }

    public CallState state() {
        return state;
    }

    /** The call-taker who answered, null before. */
    public String answeredBy() {
        return answeredBy;
    }

    /** The phone that answered, null when unknown or not answered. */
    public String answeredSeat() {
        return answeredSeat;
    }

    /** When answered, 0 before. */
    public long answeredAt() {
        return answeredAt;
    }

    /** When it ended or was abandoned, 0 while live. */
    public long closedAt() {
        return closedAt;
    }

    public String endCause() {
        return endCause;
    }

    /** The incident it is bound to, 0 when none. */
    public long incidentId() {
        return incidentId;
    }

    /** When it was first bound to an incident, 0 when never. */
    public long firstLinkedAt() {
        return firstLinkedAt;
    }

    /** The pending answer timer, 0 when none. */
    public long answerTimerId() {
        return answerTimerId;
    }

    /** The PBX's recording file name, exactly as the PBX gave it; null when the PBX made none (yet). */
    public String recording() {
        return recording;
    }
}
