package org.privacyrights.staff.application;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import org.privacyrights.verification.application.RateLimitedException;

/**
 * Too many sign-in attempts for this user or from this address: this one is refused before any password is
 * checked, and counts for nothing. Says which allowance ran out and how long to wait at most.
 */
@ApplicationException(rollback = true)
public class SignInThrottledException extends RateLimitedException {

    private static final long serialVersionUID = 1L;

    /** Whose allowance ran out: the user's (a lockout of the account) or the address's. */
    public enum Scope {
        USER,
        ADDRESS
    }

    private final Scope scope;

    public SignInThrottledException(Scope scope, Duration retryAfter) {
        super(retryAfter);
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
