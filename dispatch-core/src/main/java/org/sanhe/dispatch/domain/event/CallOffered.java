package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.geo.CallerLocation;

/**
 * A call entered the centre's stream.
 *
 * @param lineKnown    false when the line is not one of the rules' lines (the call is kept all the same)
 * @param callerNumber null when withheld
 * @param location     null when unknown
 */
public record CallOffered(String callId, String line, boolean lineKnown, String callerNumber, String channelId,
                          CallerLocation location, long offeredAt) implements Event {
}
