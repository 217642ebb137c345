/**
 * Stations: the police posts, traffic-police brigades and fire stations that units are based at, as the centre's
 * own journaled data. A station is registered, changed (name, position) and closed by commands; a unit's home
 * station must be an open station of the centre once the centre keeps any (journals from before stations were data
 * hold none, and their units' station is a free label). A station with units based at it cannot be closed. These
 * rules live in {@link StationDesk}, the only code that changes the {@link StationBook}.
 */
package org.sanhe.dispatch.domain.station;
