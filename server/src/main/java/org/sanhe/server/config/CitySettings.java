package org.sanhe.server.config;

import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;

/**
 * The centre's city ({@code city:}), its district file already read and checked ({@link CityReader}), and what is
 * derived from it: the metric grid of the service area. The service area, the unit tracker's extent, the station
 * areas' clip, the map's initial view and the PBX simulator's callers all come from {@link #districts()}.
 *
 * @param name       the city's name, shown on the console (e.g. 西安市)
 * @param file       where the districts came from
 * @param datum      the datum of that file's coordinates (held in WGS84 since it was read)
 * @param districts  the districts, in WGS84
 * @param projection the 3-degree transverse Mercator zone nearest the districts' centroid
 */
public record CitySettings(String name, DataFile file, Datum datum, DistrictMap districts,
                           MetricProjection projection) {
}
