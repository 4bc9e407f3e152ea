package org.privacyrights.audit.domain;

import java.util.Objects;

/**
 * What is to be audited: who did what to which request, subject or system. Ids only; {@code detail} names a status,
 * a reason code or a count, never a person's data.
 */
public record AuditEntry(
        String actor, String action, String requestId, String subjectId, String systemName, String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (detail != null && detail.length() > 1000) {
            detail = detail.substring(0, 1000);
        }
    }

    public static AuditEntry forRequest(
            String actor, String action, String requestId, String subjectId, String detail) {
        return new AuditEntry(actor, action, requestId, subjectId, null, detail);
    }
}
