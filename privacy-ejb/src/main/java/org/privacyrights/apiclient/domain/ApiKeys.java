package org.privacyrights.apiclient.domain;

import java.security.SecureRandom;
import java.util.Base64;
import org.privacyrights.platform.CanonicalHash;

/** API keys: 256 random bits behind a recognisable prefix; only their SHA-256 is stored. */
public final class ApiKeys {

    public static final String PREFIX = "prk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    public static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The stored form of a key; a key of the wrong shape has none, so it is never looked up. */
    public static String hash(String key) {
        return CanonicalHash.sha256(key);
    }

    public static boolean looksLikeKey(String candidate) {
        return candidate != null
                && candidate.startsWith(PREFIX)
                && candidate.length() == PREFIX.length() + 43
                && candidate.chars().skip(PREFIX.length()).allMatch(ApiKeys::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
