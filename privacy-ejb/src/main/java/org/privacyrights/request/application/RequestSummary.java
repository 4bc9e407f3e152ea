package org.privacyrights.request.application;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the staff queue. */
public record RequestSummary(
        String id,
        String type,
        String channel,
        String status,
        Instant receivedAt,
        LocalDate effectiveDueDate,
        boolean overdue,
        String assignee) {}
