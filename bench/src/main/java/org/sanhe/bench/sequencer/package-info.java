/**
 * Load harnesses and the round-trip benchmark for the running core ({@code org.sanhe.dispatch.runtime.sequencer}, journal,
 * recovery), each measured against a baseline in the same run: an {@code ArrayBlockingQueue} hand-off to one thread
 * that writes a JSON-lines journal through a {@code FileChannel} and applies the same pure core.
 */
package org.sanhe.bench.sequencer;
