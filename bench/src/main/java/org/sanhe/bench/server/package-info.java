/**
 * The end-to-end load harness for the whole server ({@code org.sanhe.server}): the PBX simulator scripting calls over
 * real AMI TCP into the telephony adapter, the core, WebSocket consoles and call-takers and dispatchers working
 * through the HTTP API, measured from the AMI bytes on the wire to every console, with HdrHistogram; and the plots
 * drawn from what it wrote.
 */
package org.sanhe.bench.server;
