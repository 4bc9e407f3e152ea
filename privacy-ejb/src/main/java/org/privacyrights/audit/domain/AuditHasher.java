package org.privacyrights.audit.domain;

import org.privacyrights.platform.CanonicalHash;

/** SHA-256 over an event's fields and its predecessor's hash, each field length-prefixed so none can bleed. */
public final class AuditHasher {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {}

    public static String hash(AuditEvent event) {
        return new CanonicalHash()
                .add(Long.toString(event.sequence()))
                .add(event.occurredAt().toString())
                .add(event.actor())
                .add(event.action())
                .add(event.requestId().orElse(null))
                .add(event.subjectId().orElse(null))
                .add(event.systemName().orElse(null))
                .add(event.detail().orElse(null))
                .add(event.previousHash())
                .sha256();
    }
}
