/**
 * End-to-end load harness for the telephony edge: the PBX simulator generates calls at a fixed rate over real TCP on
 * loopback, the unmodified Asterisk-Java client and the {@code AsteriskCallAdapter} turn them into commands for a
 * real {@code Centre}; the harness checks that no call was lost or doubled and reports wire-to-command latency
 * percentiles, against a raw-socket baseline measured in the same run.
 */
package org.sanhe.bench.telephony;
