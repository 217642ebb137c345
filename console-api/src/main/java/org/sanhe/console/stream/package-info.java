/**
 * Live events out of the core: one bounded core subscription drained by the hub's agent thread and fanned out to
 * listeners (metrics, WebSocket clients), none of which may block it.
 */
package org.sanhe.console.stream;
