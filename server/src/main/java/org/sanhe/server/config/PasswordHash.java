package org.sanhe.server.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the form {@code pbkdf2$iterations$saltBase64$hashBase64}: PBKDF2WithHmacSHA256 from the JDK,
 * a 16-byte random salt, a 32-byte hash. Stateless and thread-safe. Used by {@code dispatch-server hash-password}
 * and to check the form of configured hashes; the console API may verify with {@link #matches}.
 */
public final class PasswordHash {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private PasswordHash() {
    }

    /** A new hash of the password with a fresh salt. */
    public static String hash(char[] password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return encode(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Whether the password matches the encoded hash; false for a malformed hash. */
    public static boolean matches(char[] password, String encoded) {
        String problem = problem(encoded);
        if (problem != null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    /** What is wrong with the encoded form, or null when it is well formed. */
    public static String problem(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return "is required (make one with dispatch-server hash-password)";
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return "must be pbkdf2$iterations$saltBase64$hashBase64 (make one with dispatch-server hash-password)";
        }
        try {
            if (Integer.parseInt(parts[1]) < 1) {
                return "iterations must be positive";
            }
            Base64.getDecoder().decode(parts[2]);
            Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return "has a bad iteration count or Base64 part: " + e.getMessage();
        }
        return null;
    }

    private static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
