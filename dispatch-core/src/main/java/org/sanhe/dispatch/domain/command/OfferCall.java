package org.sanhe.dispatch.domain.command;

import org.sanhe.dispatch.domain.geo.CallerLocation;

/**
 * A call reached the centre on a line. An unknown line is still accepted: an emergency centre never drops a call.
 *
 * @param callId       the call's id, unique in the centre (the telephony edge derives it from the PBX)
 * @param line         the line code, e.g. 110, or {@code UNKNOWN}
 * @param callerNumber the caller's number, null when withheld
 * @param channelId    the PBX channel id; an offer repeating a known channel is refused, never doubled
 * @param location     the caller's location when the network delivered one with the call, else null
 */
public record OfferCall(String callId, String line, String callerNumber, String channelId, CallerLocation location)
        implements Command {

    public OfferCall {
        Fields.text(callId, "callId");
        Fields.text(line, "line");
        callerNumber = Fields.optional(callerNumber);
        Fields.text(channelId, "channelId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.offerCall(this);
    }
}
