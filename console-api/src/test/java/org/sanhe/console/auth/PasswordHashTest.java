package org.sanhe.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = PasswordHash.create("s3cret".toCharArray(), 1_000);

        assertThat(hash).matches("pbkdf2\\$1000\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");
        assertThat(PasswordHash.verify("s3cret".toCharArray(), hash)).isTrue();
        assertThat(PasswordHash.verify("s3cret ".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsDiffer() {
        assertThat(PasswordHash.create("a".toCharArray(), 1_000)).isNotEqualTo(PasswordHash.create("a".toCharArray(),
                1_000));
    }

    @Test
    void theDefaultForTheCliUsesTheDefaultIterations() {
        assertThat(PasswordHash.create("a".toCharArray()))
                .startsWith("pbkdf2$" + PasswordHash.DEFAULT_ITERATIONS + "$");
    }

    @Test
    void malformedHashesNeverVerifyAndNeverThrow() {
        for (String bad : new String[] {"", "pbkdf2", "pbkdf2$x$y$z", "pbkdf2$0$AA==$AA==", "md5$1$AA==$AA==",
            "pbkdf2$10$not base64!$AA=="}) {
            assertThat(PasswordHash.verify("a".toCharArray(), bad)).as(bad).isFalse();
        }
    }
}
