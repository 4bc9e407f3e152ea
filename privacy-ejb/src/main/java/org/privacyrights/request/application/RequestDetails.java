package org.privacyrights.request.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as staff see it. */
public record RequestDetails(
        String id,
        String type,
        String channel,
        String status,
        String contactEmail,
        String details,
        Instant receivedAt,
        LocalDate dueDate,
        LocalDate effectiveDueDate,
        boolean extended,
        String extensionReason,
        String rejectionReason,
        String duplicateOf,
        String assignee,
        boolean overdue,
        List<String> nextStatuses,
        List<String> furtherIdentities,
        LocalDate restrictedUntil,
        Instant restrictionLiftedAt,
        List<TaskProgress> tasks,
        String completionError) {}
