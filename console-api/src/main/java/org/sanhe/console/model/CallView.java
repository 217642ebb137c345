package org.sanhe.console.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.sanhe.console.json.ApiCode;
import org.sanhe.console.json.ApiId;
import org.sanhe.console.json.ApiTime;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.LocationSource;

/**
 * A call as the API and the stream show it. Immutable; built from the live entity by whoever owns it (the read
 * model's projector, an audit replay) and kept nothing of it. Times are epoch milliseconds, written ISO-8601 or null.
 * {@code recording} is the PBX's name of the call's recording (null when none), for the recording route only: the
 * JSON says just {@code recorded}.
 */
public record CallView(String id, String line, boolean lineKnown, String callerNumber,
                       @JsonSerialize(using = ApiCode.class) CallState state,
                       @JsonSerialize(using = ApiTime.class) long offeredAt,
                       @JsonSerialize(using = ApiTime.class) long answeredAt,
                       @JsonSerialize(using = ApiTime.class) long closedAt,
                       String answeredBy, String answeredSeat, String endCause, Location location,
                       @JsonSerialize(using = ApiId.class) long incidentId,
                       @JsonIgnore String recording) {

    /** Whether the PBX recorded the call; the file's name ({@link #recording()}) stays on the server. */
    @JsonProperty("recorded")
    public boolean recorded() {
        return recording != null;
    }

    /** The caller's location: a point with its accuracy and where it came from. */
    public record Location(double lat, double lon, int accuracyMeters,
                           @JsonSerialize(using = ApiCode.class) LocationSource source) {

        static Location of(CallerLocation location) {
            return location == null ? null : new Location(location.point().lat(), location.point().lon(),
                    location.accuracyMeters(), location.source());
        }
    }

    /** Call on the thread that owns the entity. */
    public static CallView of(Call call) {
        return new CallView(call.id(), call.line(), call.lineKnown(), call.callerNumber(), call.state(),
                call.offeredAt(), call.answeredAt(), call.closedAt(), call.answeredBy(), call.answeredSeat(),
                call.endCause(), Location.of(call.location()), call.incidentId(), call.recording());
    }
}
