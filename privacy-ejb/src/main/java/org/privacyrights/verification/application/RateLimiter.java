package org.privacyrights.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.privacyrights.verification.domain.RateLimit;
import org.privacyrights.verification.domain.RateLimitRepository;

/**
 * Counts events per keyed hash in the database, so that every instance sharing it counts together, and atomically,
 * so that parallel attempts cannot all pass; the previous window's count weighs in ({@link RateLimit#allowance}).
 * Keys are normalised first ({@link RateLimit#countedKey}). An event is
 * counted on its own, outside the caller's transaction: an attempt stays counted even when the caller then fails,
 * and a refusal throws, which rolls back whatever the caller did before.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateLimitRepository windows;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /** Records one event for {@code key}, or refuses it when the limit is reached. A null key is not counted. */
    public void consume(RateLimit limit, String key) {
        if (key == null || key.isBlank() || limit.isOff()) {
            return;
        }
        String keyHash = settings.secrets().counterKey(limit.bucket(), limit.countedKey(key));
        Instant now = clock.instant();
        int allowance = limit.allowance(windows.hits(limit.bucket(), keyHash, limit.previousWindowStart(now)), now);
        if (allowance <= 0 || !windows.take(limit.bucket(), keyHash, limit.windowStart(now), allowance)) {
            throw new RateLimitedException(limit.window());
        }
    }

    /** Forgets windows that started more than a day ago: no window is longer. */
    public int purgeOld() {
        return windows.purgeBefore(clock.instant().minus(Duration.ofDays(1)).getEpochSecond());
    }
}
