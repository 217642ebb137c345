/**
 * Places on the earth as the core sees them: WGS84 points, a caller's location with its accuracy and source, and the
 * great-circle distance between points. Distances use {@link java.lang.StrictMath} so that every JVM computes the
 * same bits, which replay depends on.
 */
package org.sanhe.dispatch.domain.geo;
