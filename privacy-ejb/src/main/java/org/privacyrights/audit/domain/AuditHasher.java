package org.privacyrights.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an event's fields and its predecessor's hash, each field length-prefixed so none can bleed. */
public final class AuditHasher {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {}

    public static String hash(AuditEvent event) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, Long.toString(event.sequence()));
        append(canonical, event.occurredAt().toString());
        append(canonical, event.actor());
        append(canonical, event.action());
        append(canonical, event.requestId().orElse(null));
        append(canonical, event.subjectId().orElse(null));
        append(canonical, event.systemName().orElse(null));
        append(canonical, event.detail().orElse(null));
        append(canonical, event.previousHash());
        return sha256(canonical.toString());
    }

    private static void append(StringBuilder canonical, String field) {
        if (field == null) {
            canonical.append("-1:");
        } else {
            canonical.append(field.length()).append(':').append(field);
        }
        canonical.append('|');
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
