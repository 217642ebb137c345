/**
 * Districts: the administrative divisions of the service area (for Xi'an its 13 districts and counties, with their
 * national administrative codes), their WGS84 polygons, the lookup "which district is this point in" that the edge
 * runs before it stamps {@code OpenIncident.district}, and the reproducible import of the polygons from their
 * published GCJ-02 source.
 */
package org.sanhe.gis.district;
