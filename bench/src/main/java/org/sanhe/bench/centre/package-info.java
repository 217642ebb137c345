/** Benchmarks of the pure dispatch core ({@code org.sanhe.dispatch.centre}). */
package org.sanhe.bench.centre;
