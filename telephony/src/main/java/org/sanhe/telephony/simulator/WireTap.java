package org.sanhe.telephony.simulator;

import org.sanhe.telephony.ami.AmiPacket;

/**
 * Sees every event right after the simulator wrote it to the logged-in sessions' sockets: the benchmark measures
 * latency from here. Called on the simulator's thread with the PBX lock held; must return quickly and not call back.
 */
@FunctionalInterface
public interface WireTap {

    void written(AmiPacket event, long nanoTime);
}
