/**
 * The project's own binary encoding of the core's values, written by hand (Chronicle Wire cannot marshal records):
 * big-endian fixed-width numbers, length-prefixed UTF-8 strings with a marker for null, and one codec per value type
 * (points, locations, actors, rules). The journal's command codecs and the snapshot's state codec are built from
 * these pieces, so a value is encoded the same way everywhere. Runtime code: may allocate, never reads a clock.
 */
package org.sanhe.dispatch.runtime.codec;
