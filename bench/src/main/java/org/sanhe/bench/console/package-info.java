/** Load harnesses for the console API ({@code org.sanhe.console}): the WebSocket stream's fan-out. */
package org.sanhe.bench.console;
