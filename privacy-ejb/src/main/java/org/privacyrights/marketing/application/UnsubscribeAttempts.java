package org.privacyrights.marketing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.application.VerificationSettings;

/**
 * Counts one-click unsubscribe attempts per IP address in a transaction of their own, so that an attempt counts
 * even when it is refused afterwards (a forged or garbled link rolls back everything else it did).
 */
@Stateless
public class UnsubscribeAttempts {

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    /** Counts the attempt, or refuses it when the address has made too many. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(String ipAddress) {
        rateLimiter.consume(settings.unsubscribesPerIp(), ipAddress);
    }
}
