/**
 * Load harnesses for the cluster runtime ({@code org.sanhe.dispatch.runtime.cluster}): acknowledged-write latency of
 * a 3-member cluster on loopback next to the embedded single-node runtime, in one run on one machine, with the CPU
 * every process involved spent. Members other than the first run as separate JVMs ({@link ClusterMemberMain}).
 * Results in docs/benchmarks.md.
 */
package org.sanhe.bench.cluster;
