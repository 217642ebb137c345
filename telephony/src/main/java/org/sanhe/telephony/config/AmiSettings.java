package org.sanhe.telephony.config;

/**
 * How to reach and watch the PBX's manager interface.
 *
 * @param host                the AMI host
 * @param port                the AMI port, 5038 by default
 * @param username            the {@code manager.conf} user
 * @param secret              its secret (sent only as an MD5 digest of the server's challenge)
 * @param pingIntervalMillis  how often the adapter pings a quiet link, 5 s by default
 * @param readTimeoutMillis   a link silent this long is declared dead and reconnected, 3 pings by default
 * @param actionTimeoutMillis how long to wait for an action's response during re-sync, 10 s by default
 * @param eventQueueCapacity  the bound of the hand-off queue between Asterisk-Java's pump and the adapter's agent
 * @param tls                 connect with TLS (Asterisk's {@code tlsbindport} in {@code manager.conf}, 5039 by
 *                            default); the PBX's certificate must chain to the JVM's trust store
 *                            ({@code -Djavax.net.ssl.trustStore}). Asterisk-Java checks the chain, not the host name
 */
public record AmiSettings(String host, int port, String username, String secret, long pingIntervalMillis,
        long readTimeoutMillis, long actionTimeoutMillis, int eventQueueCapacity, boolean tls) {

    public AmiSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        port = port == 0 ? 5038 : port;
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("telephony.ami.username is required");
        }
        secret = secret == null ? "" : secret;
        pingIntervalMillis = pingIntervalMillis <= 0 ? 5_000 : pingIntervalMillis;
        readTimeoutMillis = readTimeoutMillis <= 0 ? 3 * pingIntervalMillis : readTimeoutMillis;
        actionTimeoutMillis = actionTimeoutMillis <= 0 ? 10_000 : actionTimeoutMillis;
        eventQueueCapacity = eventQueueCapacity <= 0 ? 200_000 : eventQueueCapacity;
        if (readTimeoutMillis <= pingIntervalMillis) {
            throw new IllegalArgumentException("telephony.ami.readTimeoutMillis must exceed pingIntervalMillis");
        }
    }

    /** Settings with the default timings. */
    public static AmiSettings of(String host, int port, String username, String secret) {
        return new AmiSettings(host, port, username, secret, 0, 0, 0, 0, false);
    }

    /** A copy pointing at another port (e.g. a simulator on an ephemeral port). */
    public AmiSettings withPort(int newPort) {
        return new AmiSettings(host, newPort, username, secret, pingIntervalMillis, readTimeoutMillis,
                actionTimeoutMillis, eventQueueCapacity, tls);
    }

    /** A copy with TLS on or off. */
    public AmiSettings withTls(boolean on) {
        return new AmiSettings(host, port, username, secret, pingIntervalMillis, readTimeoutMillis,
                actionTimeoutMillis, eventQueueCapacity, on);
    }

    @Override
    public String toString() {
        return "AmiSettings[" + username + "@" + host + ":" + port + (tls ? " over TLS" : "") + ", ping "
                + pingIntervalMillis + " ms]";
    }
}
