package org.privacyrights.request.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the subject sees of their own request: the right, where it stands, when it is due and why it moved, and how
 * far each system has got. Nothing about staff (assignee, internal errors).
 */
public record SubjectRequestView(
        String id,
        String type,
        String status,
        Instant receivedAt,
        LocalDate dueDate,
        String extensionReason,
        String rejectionReason,
        String duplicateOf,
        LocalDate restrictedUntil,
        List<String> furtherIdentities,
        List<SystemProgress> systems) {

    /** One system's state (of the request's work, or of lifting its restriction), without failures' detail. */
    public record SystemProgress(String system, String purpose, String status) {}
}
