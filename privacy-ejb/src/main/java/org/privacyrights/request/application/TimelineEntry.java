package org.privacyrights.request.application;

import java.time.Instant;

/** One step of a request's history, from the audit trail: when, who, what, in which system, and its detail. */
public record TimelineEntry(
        long sequence, Instant occurredAt, String actor, String action, String system, String detail) {}
