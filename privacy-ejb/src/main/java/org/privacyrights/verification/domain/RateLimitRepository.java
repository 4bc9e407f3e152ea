package org.privacyrights.verification.domain;

/** Counts per key and window, each raised atomically: parallel attempts never pass a full window together. */
public interface RateLimitRepository {

    /**
     * Takes one of the {@code max} events the key has in the window starting at {@code windowStart}, or refuses
     * (false) when all are taken. Commits on its own: a taken event stays counted whatever the caller does next.
     */
    boolean take(String bucket, String keyHash, long windowStart, int max);

    /** How many events the key has in the window starting at {@code windowStart} (0 for none). */
    int hits(String bucket, String keyHash, long windowStart);

    /** Removes windows that started before {@code windowStart}; returns how many. */
    int purgeBefore(long windowStart);
}
