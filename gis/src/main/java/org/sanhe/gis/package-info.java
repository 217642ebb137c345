/**
 * Geography of the centre: districts and their polygons, projections between WGS84, GCJ-02 and metric grids, the
 * spatial index of units and the recommendation of the nearest suitable available units, and the map layers served
 * to the console. Everything it computes that becomes part of the dispatch state is computed at the edge and carried
 * on a command, so that replay never depends on the geographic data of the day.
 */
package org.sanhe.gis;
