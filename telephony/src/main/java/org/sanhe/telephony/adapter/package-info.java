/**
 * The Asterisk adapter: follows calls on the PBX through Asterisk-Java's {@code ManagerConnection} and submits one
 * stream of call commands ({@code OfferCall}, {@code AnswerCall}, {@code EndCall}, {@code AbandonCall},
 * {@code LocateCaller}, {@code AttachRecording}) to the core's {@link org.sanhe.dispatch.runtime.sequencer.CommandGateway}. Asterisk-Java's event pump
 * only hands events to a bounded queue; the adapter's own agent thread runs the per-call state machine, sends every
 * action (pings, re-sync lists) and re-syncs with {@code CoreShowChannels} after each (re)connect so that a link
 * outage neither loses nor doubles a call. In a cluster every member's adapter follows the PBX; a follower's is in
 * standby and keeps its commands in a {@code StandbyLedger} until its replica applies the
 * leader's, and submits what is left when its member becomes leader.
 */
package org.sanhe.telephony.adapter;
