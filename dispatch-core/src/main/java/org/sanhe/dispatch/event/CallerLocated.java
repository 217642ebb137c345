package org.sanhe.dispatch.event;

import org.sanhe.dispatch.geo.CallerLocation;

/** A call's caller was located. */
public record CallerLocated(String callId, CallerLocation location) implements Event {
}
