/**
 * Geography of the centre: districts and their polygons, projections between WGS84, GCJ-02 and metric grids, the
 * spatial index of units and the recommendation of the nearest suitable available units, and the map layers served
 * to the console. Everything it computes that becomes part of the dispatch state is computed at the edge and carried
 * on a command, so that replay never depends on the geographic data of the day.
 *
 * <p>Entry points for the server: {@link org.sanhe.gis.district.DistrictFile#read} (the configured districts; then
 * {@code codeAt(point)} before stamping {@code OpenIncident}),
 * {@link org.sanhe.gis.projection.MetricProjection#forArea} (the grid of those districts),
 * {@link org.sanhe.gis.station.FleetFile} (a centre's fleet file),
 * {@link org.sanhe.gis.station.StationDirectory} (the live stations and their first-due areas, by
 * {@link org.sanhe.gis.station.StationAreas#compute} or {@code byRoad}), {@link org.sanhe.gis.roads.RoadNetwork#open}
 * when roads are configured, {@link org.sanhe.gis.tracking.UnitLocator} (fed with the core's unit events),
 * {@link org.sanhe.gis.recommend.Recommender} with a {@link org.sanhe.gis.recommend.StraightLineEstimator} or a
 * {@link org.sanhe.gis.recommend.RoadTravelTimeEstimator}, and the layers in {@code org.sanhe.gis.layer}.
 * The core never calls this module.
 */
package org.sanhe.gis;
