/** Benchmarks of the pure dispatch core ({@code org.sanhe.dispatch.domain.centre}). */
package org.sanhe.bench.centre;
