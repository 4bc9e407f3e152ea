package org.privacyrights.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, each length-prefixed so that none can bleed into the next ("ab","c" and
 * "a","bc" differ). Seals audit events and the records they vouch for.
 */
public final class CanonicalHash {

    private final StringBuilder canonical = new StringBuilder(256);

    public CanonicalHash add(String field) {
        if (field == null) {
            canonical.append("-1:");
        } else {
            canonical.append(field.length()).append(':').append(field);
        }
        canonical.append('|');
        return this;
    }

    public String sha256() {
        return sha256(canonical.toString());
    }

    /** The lowercase hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
