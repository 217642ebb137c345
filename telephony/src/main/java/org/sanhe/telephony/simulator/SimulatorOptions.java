package org.sanhe.telephony.simulator;

import java.nio.file.Path;
import javax.net.ssl.SSLContext;

/**
 * How to run the PBX simulator.
 *
 * @param port                   TCP port on 127.0.0.1; 0 picks an ephemeral port
 * @param username               the one manager user it accepts
 * @param secret                 that user's secret
 * @param authFailurePauseMillis pause before answering a failed login, 1000 as in Asterisk (tests use 0)
 * @param asteriskVersion        what CoreSettings and {@code core show version} report
 * @param generator              a call generator to run on the wall clock from the start, or null for none
 * @param tls                    serve AMI over TLS with this context's certificate (as Asterisk's TLS manager port
 *                               does), TLS 1.3 and 1.2 only; null for plain TCP
 * @param recordings             record answered calls into this directory as MixMonitor does; null for none
 */
public record SimulatorOptions(int port, String username, String secret, long authFailurePauseMillis,
        String asteriskVersion, GeneratorOptions generator, SSLContext tls, Path recordings) {

    /** The AMI version Asterisk 20 announces in its greeting and CoreSettings. */
    public static final String AMI_VERSION = "9.0.0";

    public SimulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        username = username == null ? "dispatch" : username;
        secret = secret == null ? "" : secret;
        asteriskVersion = asteriskVersion == null ? "20.5.2" : asteriskVersion;
        if (authFailurePauseMillis < 0) {
            throw new IllegalArgumentException("authFailurePauseMillis must not be negative");
        }
    }

    /** Options that record no calls. */
    public SimulatorOptions(int port, String username, String secret, long authFailurePauseMillis,
                            String asteriskVersion, GeneratorOptions generator, SSLContext tls) {
        this(port, username, secret, authFailurePauseMillis, asteriskVersion, generator, tls, null);
    }

    /** An ephemeral port, the given credentials, Asterisk's one-second pause on failed logins, no generator. */
    public static SimulatorOptions of(String username, String secret) {
        return new SimulatorOptions(0, username, secret, 1_000, null, null, null);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(newPort, username, secret, authFailurePauseMillis, asteriskVersion, generator, tls,
                recordings);
    }

    public SimulatorOptions withAuthFailurePause(long millis) {
        return new SimulatorOptions(port, username, secret, millis, asteriskVersion, generator, tls,
                recordings);
    }

    public SimulatorOptions withGenerator(GeneratorOptions options) {
        return new SimulatorOptions(port, username, secret, authFailurePauseMillis, asteriskVersion, options, tls,
                recordings);
    }

    /** The same options serving TLS with this server context (null: plain TCP). */
    public SimulatorOptions withTls(SSLContext context) {
        return new SimulatorOptions(port, username, secret, authFailurePauseMillis, asteriskVersion, generator,
                context, recordings);
    }

    /** The same options recording answered calls into {@code directory} (null: none). */
    public SimulatorOptions withRecordings(Path directory) {
        return new SimulatorOptions(port, username, secret, authFailurePauseMillis, asteriskVersion, generator, tls,
                directory);
    }
}
