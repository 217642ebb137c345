package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.station.Station;

/** A station was renamed or moved; {@code station} is how it is now. */
public record StationChanged(Station station) implements Event {
}
