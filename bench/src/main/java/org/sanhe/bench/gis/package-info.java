/**
 * Benchmarks of the gis module: point-to-district lookup, k-nearest available units and recommendation among
 * 10 000 units, and position updates sustained while recommending; each against a linear scan in the same run.
 * Results and the commands that made them: docs/benchmarks.md, section 3.
 */
package org.sanhe.bench.gis;
