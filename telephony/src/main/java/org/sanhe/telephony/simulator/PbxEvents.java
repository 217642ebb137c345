package org.sanhe.telephony.simulator;

import org.sanhe.telephony.ami.AmiPacket;

/**
 * Builds the events Asterisk 20 writes, with their privilege class and full channel blocks. Stateless; the caller
 * holds the PBX lock while the channels are read.
 */
final class PbxEvents {

    static final String CALL = "call";
    static final String DIALPLAN = "dialplan";
    static final String AGENT = "agent";
    static final String CDR = "cdr";
    static final String SYSTEM = "system";
    static final String REPORTING = "reporting";

    private PbxEvents() {
    }

    /** {@code Event}, {@code Privilege}, then the channel's block. Add the extra fields after. */
    static AmiPacket.Builder channel(String name, String privilege, SimChannel ch) {
        return AmiPacket.event(name, privilege).addAll("", ch.block());
    }

    /** A two-channel event: the first channel's block, then the second's with the {@code Dest} prefix. */
    static AmiPacket.Builder twoChannels(String name, String privilege, SimChannel ch, SimChannel dest) {
        return channel(name, privilege, ch).addAll("Dest", dest.block());
    }

    /** A bridge event: the bridge block first, then (if given) the channel block. */
    static AmiPacket.Builder bridge(String name, String bridgeId, int numChannels, SimChannel ch) {
        AmiPacket.Builder b = AmiPacket.event(name, CALL)
                .add("BridgeUniqueid", bridgeId)
                .add("BridgeType", "basic")
                .add("BridgeTechnology", "simple_bridge")
                .add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>")
                .add("BridgeNumChannels", numChannels)
                .add("BridgeVideoSourceMode", "none");
        return ch == null ? b : b.addAll("", ch.block());
    }

    static AmiPacket newexten(SimChannel ch, String application, String appData) {
        return channel("Newexten", DIALPLAN, ch)
                .add("Extension", ch.exten)
                .add("Application", application)
                .add("AppData", appData)
                .build();
    }

    static AmiPacket varSet(SimChannel ch, String variable, String value) {
        return channel("VarSet", DIALPLAN, ch).add("Variable", variable).add("Value", value).build();
    }

    static AmiPacket hangup(SimChannel ch, int cause, String causeText) {
        return channel("Hangup", CALL, ch).add("Cause", cause).add("Cause-txt", causeText).build();
    }

    static AmiPacket deviceState(String device, String state) {
        return AmiPacket.event("DeviceStateChange", CALL).add("Device", device).add("State", state).build();
    }

    static AmiPacket rtcpSent(SimChannel ch, long epochMillis) {
        return channel("RTCPSent", REPORTING, ch)
                .add("To", "192.0.2.10:10000")
                .add("From", "192.0.2.1:20000")
                .add("SSRC", "0x2f4a1c0b")
                .add("PT", "200(SR)")
                .add("ReportCount", 0)
                .add("SentNTP", epochMillis / 1000 + "." + String.format("%06d", (epochMillis % 1000) * 1000))
                .add("SentRTP", 160)
                .add("SentPackets", 50)
                .add("SentOctets", 8000)
                .build();
    }

    /** The CDR Asterisk writes when the caller's channel goes away. */
    static AmiPacket cdr(SimChannel caller, SimChannel agent, String lastApp, String lastData, long endMillis,
            long answerMillis) {
        long duration = Math.max(0, (endMillis - caller.createdAtMillis) / 1000);
        long billable = answerMillis <= 0 ? 0 : Math.max(0, (endMillis - answerMillis) / 1000);
        return AmiPacket.event("Cdr", CDR)
                .add("AccountCode", "")
                .add("Source", caller.callerNum == null ? "" : caller.callerNum)
                .add("Destination", caller.exten)
                .add("DestinationContext", caller.context)
                .add("CallerID", "\"\" <" + (caller.callerNum == null ? "" : caller.callerNum) + ">")
                .add("Channel", caller.name)
                .add("DestinationChannel", agent == null ? "" : agent.name)
                .add("LastApplication", lastApp)
                .add("LastData", lastData)
                .add("StartTime", CdrTime.format(caller.createdAtMillis))
                .add("AnswerTime", answerMillis <= 0 ? "" : CdrTime.format(answerMillis))
                .add("EndTime", CdrTime.format(endMillis))
                .add("Duration", duration)
                .add("BillableSeconds", billable)
                .add("Disposition", answerMillis <= 0 ? "NO ANSWER" : "ANSWERED")
                .add("AMAFlags", "DOCUMENTATION")
                .add("UniqueID", caller.uniqueid)
                .add("UserField", "")
                .build();
    }
}
