package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.telephony.config.TelephonyConfig;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatedCall;
import org.sanhe.telephony.simulator.SimulatorOptions;
import org.sanhe.telephony.simulator.VirtualScheduler;
import org.sanhe.telephony.stubs.CentreGateway;

/**
 * AMI over TLS, as with Asterisk's TLS manager port: the simulator serves TLS with a certificate made for the test
 * by the JDK's keytool (nothing secret is committed), the unmodified Asterisk-Java adapter connects with
 * {@code telephony.ami.tls: true}, trusting it through the JVM's default trust, and follows a call; a plain-TCP
 * adapter cannot log in to the TLS port.
 */
class TlsLinkTest {

    private static final String PASSWORD = "test-only";

    @TempDir
    Path dir;
    private SSLContext previousDefault;
    private PbxSimulator simulator;
    private AsteriskCallAdapter adapter;

    @BeforeEach
    void trustTheTestCertificate() throws Exception {
        Path store = dir.resolve("pbx.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "pbx", "-keyalg", "EC", "-dname", "CN=localhost", "-ext",
                "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", store.toString(), "-storetype",
                "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt").redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as(output).isTrue();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("pbx", keys.getCertificate("pbx"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
        previousDefault = SSLContext.getDefault();
        SSLContext.setDefault(client);
        simulator = PbxSimulator.start(SimulatorOptions.of("dispatch", "s3cret").withAuthFailurePause(0)
                .withTls(server), new VirtualScheduler(AdapterFixture.START));
    }

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        simulator.close();
        SSLContext.setDefault(previousDefault);
    }

    private AsteriskCallAdapter adapter(boolean tls, CentreGateway gateway) throws IOException {
        TelephonyConfig config = TelephonyConfig.parse(AdapterFixture.resource("/adapter/telephony-test.yaml"))
                .withAmiPort(simulator.port());
        config = new TelephonyConfig(config.ami().withTls(tls), config.context(), config.callIdPrefix(),
                config.lines(), config.callTakers(), config.location());
        adapter = new AsteriskCallAdapter(config, gateway, EpochClock.system());
        adapter.start();
        return adapter;
    }

    @Test
    void theAdapterLogsInAndFollowsACallOverTls() throws Exception {
        CentreGateway gateway = new CentreGateway();
        assertThat(adapter(true, gateway).awaitResyncs(1, Duration.ofSeconds(30))).as("login over TLS").isTrue();

        SimulatedCall call = simulator.pbx().placeCall(new CallSpec("13800000009",
                "110", "from-pstn", Map.of()));
        call.queue("q110");
        List<CentreGateway.Submitted> offered = gateway.takeThrough(c -> c instanceof OfferCall, 30);
        assertThat(offered).last().extracting(s -> ((OfferCall) s.command()).callerNumber()).isEqualTo("13800000009");
        assertThat(simulator.loggedInSessions()).isEqualTo(1);
    }

    @Test
    void aPlainTcpAdapterCannotLogInToTheTlsPort() throws Exception {
        assertThat(adapter(false, new CentreGateway()).awaitResyncs(1, Duration.ofSeconds(3))).isFalse();
        assertThat(simulator.loggedInSessions()).isZero();
    }
}
