package org.privacyrights.request.application;

import java.time.Instant;

/** One connected system's progress on a request's work or on lifting its restriction. */
public record TaskProgress(
        String system,
        String purpose,
        String status,
        int attempts,
        String lastError,
        String outcome,
        Instant updatedAt) {}
