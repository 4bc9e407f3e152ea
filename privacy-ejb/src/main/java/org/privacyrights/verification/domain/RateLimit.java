package org.privacyrights.verification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code max} events per key within each fixed {@code window}; a limit of 0 or less switches the check off.
 * {@code perClient} limits count per client network (see {@link RateKeys#client}), the others per identity.
 */
public record RateLimit(String bucket, int max, Duration window, boolean perClient) {

    public RateLimit(String bucket, int max, Duration window) {
        this(bucket, max, window, false);
    }

    public boolean allowsAnother(long eventsInWindow) {
        return max <= 0 || eventsInWindow < max;
    }

    public boolean isOff() {
        return max <= 0;
    }

    /** The start of the window {@code now} falls in, in epoch seconds: windows are aligned, so instances agree. */
    public long windowStart(Instant now) {
        long seconds = window.toSeconds();
        return Math.floorDiv(now.getEpochSecond(), seconds) * seconds;
    }

    /** The key as it is counted: the same person or network always gives the same key. */
    public String countedKey(String key) {
        return perClient ? RateKeys.client(key) : RateKeys.identity(key);
    }
}
