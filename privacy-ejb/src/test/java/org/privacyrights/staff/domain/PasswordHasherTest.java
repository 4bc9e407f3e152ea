package org.privacyrights.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = hasher.hash("correct horse battery".toCharArray());

        assertThat(hasher.verify("correct horse battery".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct horse batterY".toCharArray(), stored)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSaltAndStoresItsWorkFactor() {
        String first = hasher.hash("same".toCharArray());
        String second = hasher.hash("same".toCharArray());

        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$600000$");
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void aHashWithALowerStoredWorkFactorStillVerifies() {
        // Written by an older release with fewer iterations: still accepted, so raising the count never locks out.
        String stored = "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(pbkdf2("pw", "saltsaltsaltsalt", 1000));
        assertThat(hasher.verify("pw".toCharArray(), stored)).isTrue();
    }

    private static byte[] pbkdf2(String password, String salt, int iterations) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(
                            password.toCharArray(),
                            salt.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            iterations,
                            256))
                    .getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertThat(hasher.verify("pw".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "plain-text-password")).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "md5$1$abc$def")).isFalse();
    }
}
