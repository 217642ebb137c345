package org.sanhe.gis.recommend;

/**
 * One unit's estimated travel to a destination.
 *
 * @param seconds the travel time, {@link Double#POSITIVE_INFINITY} when it cannot get there
 * @param meters  the distance: along the roads for {@link EtaSource#ROAD}, great-circle otherwise
 * @param source  the method that gave both
 */
public record TravelEstimate(double seconds, double meters, EtaSource source) {
}
