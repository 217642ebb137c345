/**
 * Where the runtime reads time: one injected clock, so that tests and replays can set it. The pure core never reads
 * a clock; the sequencer stamps commands with this one.
 */
package org.sanhe.dispatch.time;
