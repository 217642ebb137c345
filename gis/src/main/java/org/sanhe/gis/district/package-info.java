/**
 * Districts: the administrative divisions of the service area (a centre's own, from the district file it configures;
 * for the demo Xi'an's 13 districts and counties with their national administrative codes), the reading and checking
 * of that file ({@link org.sanhe.gis.district.DistrictFile}), their WGS84 polygons, the lookup "which district is
 * this point in" that the edge runs before it stamps {@code OpenIncident.district}, and the reproducible import of
 * polygons from a published GCJ-02 source.
 */
package org.sanhe.gis.district;
