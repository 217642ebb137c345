/**
 * Benchmarks of the journal ({@code org.sanhe.dispatch.runtime.journal}): appending entries, against a JSON-lines file, the
 * baseline the journal is measured against everywhere in the bench module.
 */
package org.sanhe.bench.journal;
