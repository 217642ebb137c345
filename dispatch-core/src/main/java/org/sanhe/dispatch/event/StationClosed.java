package org.sanhe.dispatch.event;

/** A station was closed. */
public record StationClosed(String stationId) implements Event {
}
