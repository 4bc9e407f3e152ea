package org.privacyrights.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.staff.domain.SignInLimits;
import org.privacyrights.verification.domain.RateLimit;

/** The installation's sign-in allowances (MicroProfile Config), read once. */
@ApplicationScoped
public class StaffSecuritySettings {

    @Inject
    @ConfigProperty(name = "privacy.auth.sign-in.limits-per-user", defaultValue = "10/1m, 30/15m, 60/1h, 200/1d")
    String perUser;

    @Inject
    @ConfigProperty(name = "privacy.auth.sign-in.limits-per-ip", defaultValue = "30/1m, 100/15m, 300/1h, 1000/1d")
    String perAddress;

    @Inject
    @ConfigProperty(name = "privacy.demo.enabled", defaultValue = "false")
    boolean demonstration;

    private List<RateLimit> userLimits;
    private List<RateLimit> addressLimits;

    /** Attempts per user name: the backoff of an account someone guesses at. */
    public synchronized List<RateLimit> signInLimitsPerUser() {
        if (userLimits == null) {
            userLimits = parse("signin-user", "privacy.auth.sign-in.limits-per-user", perUser);
        }
        return userLimits;
    }

    /** Attempts per client address, whatever the user name: the backoff of one place trying many names. */
    public synchronized List<RateLimit> signInLimitsPerAddress() {
        if (addressLimits == null) {
            addressLimits = parse("signin-ip", "privacy.auth.sign-in.limits-per-ip", perAddress);
        }
        return addressLimits;
    }

    /** The quick start's demonstration, where its documented password is let through. */
    public boolean demonstration() {
        return demonstration;
    }

    private static List<RateLimit> parse(String bucket, String property, String spec) {
        try {
            return SignInLimits.parse(bucket, spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": " + e.getMessage(), e);
        }
    }
}
