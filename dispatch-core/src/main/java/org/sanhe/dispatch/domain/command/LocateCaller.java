package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.CallerLocation;

/** A location for a call's caller arrived (device, network, or entered by hand). Allowed after the call ended. */
public record LocateCaller(String callId, CallerLocation location) implements Command {

    public LocateCaller {
        Fields.text(callId, "callId");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.locateCaller(this);
    }
}
