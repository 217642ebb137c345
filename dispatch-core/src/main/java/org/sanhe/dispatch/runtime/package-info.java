/**
 * The runtime around the pure domain: {@link DispatchRuntime} starts and stops recovery, the journal, the
 * sequencer, the publisher and the timer agent together; its sub-packages are those parts (the sequencer and its
 * single writer thread, the journal and its codecs, snapshots, recovery, publication of events, the clock and timer
 * agent, and the auditor's replay). The server's composition root creates one runtime; tests create one over a
 * temporary directory. {@link CoreHost} is what the rest of the server needs from the core wherever it runs: the
 * runtime here, or a member of an Aeron Cluster ({@code runtime.cluster.ClusterCore}). Runtime code may depend on
 * the domain; the domain never depends on it.
 */
package org.sanhe.dispatch.runtime;
