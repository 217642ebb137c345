/**
 * The running server put together: {@link org.sanhe.server.assembly.ServerAssembly} starts the core from its
 * journal (or, with {@code cluster.enabled}, this server's member of an Aeron Cluster, and waits for a leader),
 * brings its rules, users and fleet up to the configuration ({@code CoreSetup}), loads the geography, feeds the unit
 * tracker from the core's events, and connects the telephony (to the built-in PBX simulator or a real Asterisk) on
 * the single node, or on a cluster's leader only ({@code LeaderDuties}). The console API is started on top of it and
 * attached, so that one {@code close()} stops everything in order.
 */
package org.sanhe.server.assembly;
