package org.privacyrights.request.application;

import java.time.Instant;

/** One connected system's progress on a request. */
public record TaskProgress(
        String system, String status, int attempts, String lastError, String outcome, Instant updatedAt) {}
