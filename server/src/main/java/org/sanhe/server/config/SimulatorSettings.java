package org.sanhe.server.config;

/**
 * The built-in PBX simulator ({@code telephony.simulator:}).
 *
 * @param enabled        whether the server runs it and connects its telephony adapter to it instead of a real PBX
 * @param port           its AMI port on 127.0.0.1, 0 for a free one
 * @param callsPerMinute mean rate of generated calls, 0 for none
 * @param seed           the generator's random seed
 */
public record SimulatorSettings(boolean enabled, int port, double callsPerMinute, long seed) {
}
