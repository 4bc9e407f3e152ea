package org.privacyrights.consent.application;

import java.time.Instant;

/** A recorded decision as proof: its id, content and seal. */
public record ConsentReceipt(
        long recordId,
        String subjectId,
        String purpose,
        boolean granted,
        String noticeHash,
        Instant recordedAt,
        String channel,
        String action,
        String sourceNetwork,
        String userAgent,
        String recordedBy,
        String seal) {}
