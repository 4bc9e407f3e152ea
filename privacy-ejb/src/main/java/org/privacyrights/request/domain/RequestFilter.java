package org.privacyrights.request.domain;

import java.time.LocalDate;

/** Criteria for the staff queue; a null criterion does not filter. */
public record RequestFilter(
        RequestStatus status, RequestType type, Channel channel, String assignee, Boolean openOnly, LocalDate dueBy) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null, null);
    }
}
