/**
 * The centre's core replicated on an Aeron Cluster (Raft log, archive, consensus module): the same deterministic
 * {@code Centre} the single-node runtime hosts, fed by commands committed on a majority of the members.
 *
 * <p>{@link ClusterNode} launches one member (media driver, archive, consensus module and the service container)
 * from {@link ClusterOptions}. {@link CentreService} is the clustered service: it decodes each session message with
 * the journal's command codecs ({@link CommandMessage}), stamps it with the cluster's time (the only clock), applies
 * it, keeps the Chronicle journal with its hash chain from the applied log ({@link ReplicaJournal}), publishes to an
 * {@code EventPublisher} exactly as the single-node sequencer does, turns the core's timers into cluster timers, and
 * answers the client on the leader ({@link Reply}). A retried command (same client, same correlation id) is applied
 * once: the {@link RetryTable} is replicated state, in the snapshot. {@link ClusterGateway} is the client side: a
 * {@code CommandGateway} whose futures complete with the service's reply, retrying across a leader change;
 * {@link ReplicaOutcomes} gives those outcomes their events from the member's own replica. {@link ClusterCore}
 * composes them into the {@code CoreHost} a server runs as one member: its node, this server as a client, reads of
 * the replica once it has applied the commit position, and the member's leadership for the parts that must run on
 * one server at a time.
 */
package org.sanhe.dispatch.runtime.cluster;
