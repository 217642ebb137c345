/**
 * A PBX simulator: a TCP server that speaks the Asterisk Manager Interface as Asterisk 20 does, byte for byte, and
 * plays emergency calls through it — scripted from YAML scenarios for the tests, or generated at a rate with a line
 * mix, withheld numbers, caller locations, bursts and a pool of call-takers for the demo and the benchmarks. It can
 * record answered calls as MixMonitor does ({@code MixMonitor}: a WAV file and its name in a VarSet). It also
 * injects faults (dropped or silent links, unknown events, slow responses, event floods). Its time comes from an
 * injected {@link org.sanhe.telephony.simulator.SimScheduler}, so tests drive it in virtual time and never sleep.
 */
package org.sanhe.telephony.simulator;
