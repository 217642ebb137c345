/**
 * The running server put together: {@link org.sanhe.server.assembly.ServerAssembly} starts the core from its
 * journal, brings its rules and demo units up to the configuration, loads the geography, feeds the unit tracker from
 * the core's events, and connects the telephony (to the built-in PBX simulator or a real Asterisk). The console API
 * is started on top of it and attached, so that one {@code close()} stops everything in order.
 */
package org.sanhe.server.assembly;
