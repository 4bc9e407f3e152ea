package org.privacyrights.audit.domain;

import java.time.Instant;

/**
 * What staff look for in the audit trail; every part is optional. Actor, action, request and subject match
 * exactly (actions are upper-case names such as {@code REQUEST_APPROVED}); the period is {@code [from, to)}.
 */
public record AuditSearch(String actor, String action, String requestId, String subjectId, Instant from, Instant to) {

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null);
    }
}
