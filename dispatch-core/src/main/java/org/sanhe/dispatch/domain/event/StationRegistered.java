package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.station.Station;

/** A station was opened. */
public record StationRegistered(Station station) implements Event {
}
