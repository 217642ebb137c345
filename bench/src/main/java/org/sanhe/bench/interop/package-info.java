/**
 * Benchmarks of the standards other centres speak: reading a CAP 1.2 alert at the console's edge (parse, OASIS schema
 * validation, shape checks, the core's command) and finding the districts its areas touch, each next to its baseline.
 */
package org.sanhe.bench.interop;
