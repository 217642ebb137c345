/**
 * Areas: a fixed set of polygons (districts, first-due station areas) and the question "which one contains this
 * point", answered through an STRtree of prepared geometries built once.
 */
package org.sanhe.gis.area;
