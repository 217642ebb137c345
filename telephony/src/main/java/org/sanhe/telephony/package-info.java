/**
 * Telephony: follows calls on the Asterisk PBX over the Asterisk Manager Interface (AMI) and turns what the PBX
 * reports into call commands for the dispatch core, from all emergency lines into one stream. Also holds an AMI peer
 * that speaks the protocol as Asterisk does, which tests, the demo and the benchmarks use in place of a PBX.
 */
package org.sanhe.telephony;
