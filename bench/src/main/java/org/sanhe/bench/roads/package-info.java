/**
 * Road-network measurements (issue 14): the import and memory of the Xi'an road file, and recommendations with road
 * ETAs from one reverse search against the baseline of one GraphHopper route per candidate, side by side.
 */
package org.sanhe.bench.roads;
