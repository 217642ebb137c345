package org.sanhe.dispatch.event;

import org.sanhe.dispatch.station.Station;

/** A station was renamed or moved; {@code station} is how it is now. */
public record StationChanged(Station station) implements Event {
}
