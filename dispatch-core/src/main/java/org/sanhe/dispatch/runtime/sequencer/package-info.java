/**
 * The sequencer: the single door into the core. Producers on any thread submit commands; the sequencer stamps each
 * with a sequence number and a time from an injected clock, journals it, applies it to the core on one thread and
 * completes the producer's future with the outcome only after the journal append.
 */
package org.sanhe.dispatch.runtime.sequencer;
