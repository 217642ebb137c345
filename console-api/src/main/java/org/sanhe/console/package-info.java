/**
 * The console API: HTTP/JSON and WebSocket endpoints over Netty through which call-takers, dispatchers, auditors and
 * supervisors work, with authentication and roles, and the static web console it serves.
 */
package org.sanhe.console;
