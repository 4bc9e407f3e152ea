package org.privacyrights.verification.domain;

import java.time.Duration;

/** At most {@code max} events per key within {@code window}; a limit of 0 or less switches the check off. */
public record RateLimit(String bucket, int max, Duration window) {

    public boolean allowsAnother(long eventsInWindow) {
        return max <= 0 || eventsInWindow < max;
    }
}
