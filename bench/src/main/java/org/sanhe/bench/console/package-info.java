/**
 * Benchmarks of the console API ({@code org.sanhe.console}): the WebSocket stream's fan-out, the JSON encoding of an
 * incident, and the harnesses' WebSocket console client ({@link org.sanhe.bench.console.ConsoleClient}).
 */
package org.sanhe.bench.console;
