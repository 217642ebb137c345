package org.sanhe.dispatch.event;

import org.sanhe.dispatch.station.Station;

/** A station was opened. */
public record StationRegistered(Station station) implements Event {
}
