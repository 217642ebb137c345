/**
 * The console's read model: immutable views (records, serialised by Jackson as the API and the stream show them) of
 * the centre's calls, incidents, units, stations, users and rules, projected on the hub's thread from the commands
 * the core publishes and versioned by their journal sequence. Every read of the console is served from here on the
 * request's own thread; a write waits until the model holds its command, so its author reads it at once. Nothing of
 * the console runs on the core's thread.
 */
package org.sanhe.console.model;
