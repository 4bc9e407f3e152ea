package org.privacyrights.request.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One request as the staff queue lists it, read as columns only: a page of the queue costs one query, however
 * many requests there are, and loads no subjects, identities or tasks.
 */
public record QueueRow(
        String publicId,
        RequestType type,
        Channel channel,
        RequestStatus status,
        OffsetDateTime receivedAt,
        LocalDate dueDate,
        LocalDate extendedDueDate,
        String assignee) {

    public LocalDate effectiveDueDate() {
        return extendedDueDate != null ? extendedDueDate : dueDate;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && day.isAfter(effectiveDueDate());
    }
}
