package org.sanhe.telephony.adapter;

import java.util.Objects;
import java.util.function.Consumer;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.geo.LocationSource;
import org.sanhe.telephony.config.LocationVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a device location from the configured channel variables. Latitude and longitude must both be set and valid;
 * the accuracy is read if set by then (so the dialplan sets it first). Used by the agent thread only.
 */
final class CallerLocations {

    private static final Logger LOG = LoggerFactory.getLogger(CallerLocations.class);

    private final LocationVariables names;

    CallerLocations(LocationVariables names) {
        this.names = names;
    }

    boolean reads(String variable) {
        return names.enabled() && (variable.equals(names.latVariable()) || variable.equals(names.lonVariable())
                || variable.equals(names.accuracyVariable()));
    }

    /** The call's location from its variables, or null when incomplete or invalid. */
    CallerLocation locate(TrackedCall call) {
        if (!names.enabled()) {
            return null;
        }
        String lat = call.variable(names.latVariable());
        String lon = call.variable(names.lonVariable());
        if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
            return null;
        }
        try {
            GeoPoint point = new GeoPoint(Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim()));
            String radius = names.accuracyVariable() == null ? null : call.variable(names.accuracyVariable());
            int accuracy = radius == null || radius.isBlank() ? 0
                    : Math.max(0, (int) Math.round(Double.parseDouble(radius.trim())));
            return new CallerLocation(point, accuracy, LocationSource.DEVICE);
        } catch (IllegalArgumentException e) {
            LOG.warn("call {}: ignoring invalid device location {}, {}: {}", call.callId, lat, lon, e.getMessage());
            return null;
        }
    }

    /** Emits a {@link LocateCaller} when the call's location is complete and differs from the one already sent. */
    void update(TrackedCall call, Consumer<Command> out) {
        CallerLocation now = locate(call);
        if (now != null && !Objects.equals(now, call.location)) {
            call.location = now;
            out.accept(new LocateCaller(call.callId, now));
        }
    }
}
