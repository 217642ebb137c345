package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.geo.CallerLocation;

/** A call's caller was located. */
public record CallerLocated(String callId, CallerLocation location) implements Event {
}
