package org.privacyrights.verification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and hashes the secrets of verification. A six-digit code is hashed with a keyed HMAC, so that a copy of
 * the database alone does not let anyone try the million codes offline; a link token has 256 random bits and a
 * plain SHA-256 is enough. Also keys the rate limits' counters, which must not reveal addresses either.
 */
public final class VerificationSecrets {

    public static final int MIN_KEY_LENGTH = 16;
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public VerificationSecrets(String installationSecret) {
        if (installationSecret == null || installationSecret.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "privacy.verification.secret must be set, with at least " + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(installationSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Six digits, leading zeros included, uniformly drawn. */
    public String newCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The code's hash, bound to the request so that a code is worth nothing for another one. */
    public String codeHash(String requestId, String code) {
        return hmac(requestId + ":" + code.strip());
    }

    /** A stable, non-reversible key for counting events of one address or IP address. */
    public String counterKey(String bucket, String value) {
        return hmac(bucket + ":" + value.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The installation's signature over a message, for links that must not be forged for someone else (login gate
     * tickets, one-click unsubscribe); {@code purpose} keeps a signature for one use from passing for another.
     */
    public String signature(String purpose, String message) {
        return hmac(purpose + "\n" + message);
    }

    public static String tokenHash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compares in time that does not depend on where the two differ. */
    public static boolean same(String expectedHash, String actualHash) {
        return MessageDigest.isEqual(
                expectedHash.getBytes(StandardCharsets.US_ASCII), actualHash.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
