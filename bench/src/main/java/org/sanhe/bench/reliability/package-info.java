/**
 * Reliability campaigns (issue 8): the real server process under load, crashed with SIGKILL, its journal's disk
 * filled, and the offline auditor's tools run against what it left. Each campaign is a main run by
 * {@code scripts/campaign.sh}; the CI-sized variants are JUnit tests of this module. Results in docs/reliability.md.
 * Issue 17 adds the cluster's: three server processes whose leader is killed again and again
 * ({@code ClusterFailoverCampaign}), and the call rate a cluster sustains next to a single node's, measured on the
 * same building blocks ({@code ClusterCallRate}, figures in docs/benchmarks.md).
 */
package org.sanhe.bench.reliability;
