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

    /**
     * How many events the current window may still take in all, given the previous window's count: that count
     * weighs by the share of the previous window still inside the last {@code window} (rounded up), so that a burst
     * at the end of one window is not followed by a full allowance at the start of the next. The count is kept per
     * aligned window; this makes it act as a sliding one.
     */
    public int allowance(int previousHits, Instant now) {
        long seconds = window.toSeconds();
        double stillInside = 1.0 - (double) (now.getEpochSecond() - windowStart(now)) / seconds;
        return max - (int) Math.ceil(previousHits * stillInside);
    }

    /** The start of the window before the one {@code now} falls in. */
    public long previousWindowStart(Instant now) {
        return windowStart(now) - window.toSeconds();
    }

    /** The key as it is counted: the same person or network always gives the same key. */
    public String countedKey(String key) {
        return perClient ? RateKeys.client(key) : RateKeys.identity(key);
    }
}
