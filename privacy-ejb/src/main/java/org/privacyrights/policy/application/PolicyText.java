package org.privacyrights.policy.application;

import java.time.Instant;

/** One language of a published version, as people and staff read it. */
public record PolicyText(
        String document,
        String channel,
        int version,
        String language,
        String title,
        String body,
        String contentHash,
        boolean requiresAcknowledgement,
        Instant publishedAt) {}
