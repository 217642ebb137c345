package org.sanhe.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority and a server certificate it signed for 127.0.0.1 and localhost, made with the
 * JDK's keytool in a test's temporary folder: nothing secret is committed. The server's key and chain are written as
 * PEM files, as an operator would configure them.
 */
final class TestCertificates {

    private static final String PASSWORD = "test-only";

    final Path certificate;
    final Path privateKey;
    final Path caCertificate;

    private TestCertificates(Path certificate, Path privateKey, Path caCertificate) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.caCertificate = caCertificate;
    }

    /** A new CA named {@code name} and a server certificate it signed, in {@code dir}. */
    static TestCertificates create(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path ca = dir.resolve("ca.p12");
            Path server = dir.resolve("server.p12");
            keytool(null, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=" + name,
                    "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString());
            keytool(null, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost",
                    "-validity", "2", "-keystore", server.toString());
            byte[] request = keytool(null, "-certreq", "-alias", "server", "-keystore", server.toString());
            byte[] signed = keytool(request, "-gencert", "-alias", "ca", "-keystore", ca.toString(), "-rfc",
                    "-validity", "2", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "EKU=serverAuth");
            byte[] caPem = keytool(null, "-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-rfc");
            Path caFile = Files.write(dir.resolve("ca.pem"), caPem);
            Path chain = Files.write(dir.resolve("server.pem"), signed);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(server)) {
                store.load(in, PASSWORD.toCharArray());
            }
            PrivateKey key = (PrivateKey) store.getKey("server", PASSWORD.toCharArray());
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                    key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            Path keyFile = Files.writeString(dir.resolve("server.key"), pem);
            return new TestCertificates(chain, keyFile, caFile);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make test certificates", e);
        }
    }

    /** A client context trusting this CA only. */
    SSLContext clientContext() {
        try {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(caCertificate)));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ConsoleTls tls() {
        return new ConsoleTls(certificate, privateKey);
    }

    private static byte[] keytool(byte[] input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        if (input != null) {
            process.getOutputStream().write(input);
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + err);
        }
        return out;
    }
}
