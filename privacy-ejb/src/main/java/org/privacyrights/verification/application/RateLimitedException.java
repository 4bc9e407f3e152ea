package org.privacyrights.verification.application;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many events of one kind for one address or IP address; try again after the given time. Nothing changed. */
@ApplicationException(rollback = true)
public class RateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("Too many attempts; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
