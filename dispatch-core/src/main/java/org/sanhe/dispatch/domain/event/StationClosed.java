package org.sanhe.dispatch.domain.event;

/** A station was closed. */
public record StationClosed(String stationId) implements Event {
}
