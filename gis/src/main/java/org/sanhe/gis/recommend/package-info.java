/**
 * Recommendation: for an incident's location and its open needs (agency x count x capabilities, the core's
 * {@code Need}), which available units would arrive first, ranked by estimated travel time, and why — distance, ETA,
 * same district, first-due station, capabilities matched, and a warning when a unit's last position is old. It
 * advises the dispatcher; the assignment itself is a command the dispatcher sends. Travel time comes from a
 * {@link org.sanhe.gis.recommend.TravelTimeEstimator}: the straight-line estimate, or drive times by road from one
 * reverse search ({@link org.sanhe.gis.recommend.RoadTravelTimeEstimator}), each candidate saying which
 * ({@link org.sanhe.gis.recommend.EtaSource}).
 */
package org.sanhe.gis.recommend;
