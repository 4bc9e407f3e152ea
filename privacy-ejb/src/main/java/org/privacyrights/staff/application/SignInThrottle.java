package org.privacyrights.staff.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.privacyrights.verification.application.RateLimitedException;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.domain.RateLimit;

/**
 * Counts each sign-in attempt that would check a password (the login page, HTTP Basic without a recent match, the
 * token call, the current password when changing it) per user name and per client address, in the database so
 * that every instance counts together; refuses it, before any password is checked, when an allowance is used up.
 */
@Stateless
@PermitAll
public class SignInThrottle {

    @Inject
    RateLimiter rateLimiter;

    @Inject
    StaffSecuritySettings settings;

    @Resource
    SessionContext context;

    /**
     * Counts the attempt, or refuses it with {@link SignInThrottledException}; a refused attempt counts for
     * nothing. The address is counted first, so that spraying many names from one place stops there.
     */
    public void admit(String username, String clientAddress) {
        consumeAll(settings.signInLimitsPerAddress(), clientAddress, SignInThrottledException.Scope.ADDRESS);
        consumeAll(
                settings.signInLimitsPerUser(),
                username == null ? null : username.strip().toLowerCase(Locale.ROOT),
                SignInThrottledException.Scope.USER);
    }

    private void consumeAll(List<RateLimit> steps, String key, SignInThrottledException.Scope scope) {
        for (RateLimit step : steps) {
            try {
                rateLimiter.consume(step, key);
            } catch (RateLimitedException e) {
                context.setRollbackOnly();
                throw new SignInThrottledException(scope, e.retryAfter());
            }
        }
    }
}
