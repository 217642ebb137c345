/**
 * The road network: an OpenStreetMap file the centre supplies ({@code gis.roads.file}), imported once with
 * GraphHopper into a cache directory ({@code gis.roads.cacheDir}, re-imported when the file's SHA-256 changes), and
 * what is computed on it at the edge: where each unit sits on the roads, worked out when its position is reported
 * ({@link org.sanhe.gis.roads.UnitPlaces}), every candidate unit's drive time to an incident from one reverse search
 * over weights precomputed per road segment ({@link org.sanhe.gis.roads.DriveTimes}, used by
 * {@link org.sanhe.gis.recommend.RoadTravelTimeEstimator}), a unit's route to an incident
 * ({@link org.sanhe.gis.roads.RoadNetwork#route}), and each station's first-due area by road
 * ({@link org.sanhe.gis.roads.RoadAreas}). OSM data is WGS-84, as everything else here; GCJ-02 is only a drawing
 * concern of the console. Also the reproducible conversion of Xi'an's road KML to OSM XML
 * ({@link org.sanhe.gis.roads.KmlRoadImport}). Nothing here reaches the journaled core: drive times are advice.
 */
package org.sanhe.gis.roads;
