package org.sanhe.console;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * The console's TLS: a certificate chain and its private key, both PEM files ({@code server.tls}). The server then
 * speaks HTTPS and WSS only, TLS 1.3 and 1.2 (older protocols are refused), with the JDK's TLS or OpenSSL's when
 * netty-tcnative is on the classpath.
 *
 * @param certificate the server's certificate, then any intermediates (PEM)
 * @param privateKey  its private key, unencrypted PKCS#8 PEM
 */
public record ConsoleTls(Path certificate, Path privateKey) {

    /** The protocols offered, newest first. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public ConsoleTls {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** The server context; an {@link IllegalArgumentException} naming the file when a file is missing or unreadable. */
    public SslContext context() {
        for (Path file : new Path[] {certificate, privateKey}) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file);
            }
        }
        try {
            return SslContextBuilder.forServer(certificate.toFile(), privateKey.toFile()).protocols(PROTOCOLS).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot use " + certificate + " with " + privateKey + ": "
                    + e.getMessage(), e);
        }
    }
}
