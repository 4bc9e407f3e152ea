package org.privacyrights.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.privacyrights.verification.domain.RateLimit;
import org.privacyrights.verification.domain.RateLimitEvent;
import org.privacyrights.verification.domain.RateLimitRepository;

/**
 * Counts events per keyed hash in the database, so that every instance sharing it counts together. Used inside
 * a boundary's transaction: a refused event rolls back whatever the caller did before.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateLimitRepository events;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /** Records one event for {@code key}, or refuses it when the limit is reached. A null key is not counted. */
    public void consume(RateLimit limit, String key) {
        if (key == null || key.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        String keyHash = settings.secrets().counterKey(limit.bucket(), key);
        if (!limit.allowsAnother(events.countSince(limit.bucket(), keyHash, now.minus(limit.window())))) {
            throw new RateLimitedException(limit.window());
        }
        events.store(new RateLimitEvent(limit.bucket(), keyHash, now));
    }

    /** Forgets events older than a day: no window looks further back. */
    public int purgeOld() {
        return events.purgeBefore(clock.instant().minus(java.time.Duration.ofDays(1)));
    }
}
