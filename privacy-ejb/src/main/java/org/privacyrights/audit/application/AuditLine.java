package org.privacyrights.audit.application;

import java.time.Instant;

/** One event of the audit trail as staff read it. */
public record AuditLine(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        String requestId,
        String subjectId,
        String system,
        String detail) {}
