package org.privacyrights.verification.domain;

import java.time.Instant;

/** Counts of recent events per key. */
public interface RateLimitRepository {

    long countSince(String bucket, String keyHash, Instant since);

    void store(RateLimitEvent event);

    /** Removes events older than any window looks back; returns how many. */
    int purgeBefore(Instant before);
}
