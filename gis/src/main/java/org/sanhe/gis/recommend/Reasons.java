package org.sanhe.gis.recommend;

import java.util.List;

/**
 * Why a unit is proposed where it is, for the dispatcher to see.
 *
 * @param distanceMeters      distance from its last position to the incident: along the roads when {@code etaSource}
 *                            is {@link EtaSource#ROAD}, great-circle otherwise
 * @param etaSeconds          estimated travel time, by which candidates are ranked
 * @param etaSource           which method gave the ETA and the distance
 * @param sameDistrict        its last position is in the incident's district
 * @param firstDue            its home station is the first-due station of its agency for the incident's location
 * @param matchedCapabilities the capabilities the need asks for, all of which it has
 * @param positionAgeMillis   how old its last position is, -1 when unknown
 * @param warnings            what may make the ranking wrong
 */
public record Reasons(double distanceMeters, double etaSeconds, EtaSource etaSource, boolean sameDistrict,
                      boolean firstDue, List<String> matchedCapabilities, long positionAgeMillis,
                      List<Warning> warnings) {

    public Reasons {
        matchedCapabilities = List.copyOf(matchedCapabilities);
        warnings = List.copyOf(warnings);
    }
}
