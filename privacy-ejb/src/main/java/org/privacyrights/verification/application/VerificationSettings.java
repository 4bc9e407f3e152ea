package org.privacyrights.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.verification.domain.RateLimit;
import org.privacyrights.verification.domain.VerificationSecrets;

/** The installation's verification secret and limits (MicroProfile Config). */
@ApplicationScoped
public class VerificationSettings {

    static final Duration HOUR = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "privacy.verification.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "privacy.rate.codes-per-address-per-hour", defaultValue = "5")
    int codesPerAddress;

    @Inject
    @ConfigProperty(name = "privacy.rate.submissions-per-ip-per-hour", defaultValue = "20")
    int submissionsPerIp;

    @Inject
    @ConfigProperty(name = "privacy.rate.verifications-per-ip-per-hour", defaultValue = "60")
    int verificationsPerIp;

    @Inject
    @ConfigProperty(name = "privacy.rate.unsubscribes-per-ip-per-hour", defaultValue = "100")
    int unsubscribesPerIp;

    @Inject
    @ConfigProperty(name = "privacy.rate.unsubscribes-per-address-per-hour", defaultValue = "3")
    int unsubscribesPerAddress;

    @Inject
    @ConfigProperty(name = "privacy.rate.answers-per-identity-per-hour", defaultValue = "5")
    int answersPerIdentity;

    @Inject
    @ConfigProperty(name = "privacy.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    private VerificationSecrets secrets;

    public synchronized VerificationSecrets secrets() {
        if (secrets == null) {
            secrets = new VerificationSecrets(secret);
        }
        return secrets;
    }

    /** Codes mailed to one address: bounds what anyone can make the platform send to someone else. */
    public RateLimit codesPerAddress() {
        return new RateLimit("code-address", codesPerAddress, HOUR);
    }

    public RateLimit submissionsPerIp() {
        return new RateLimit("submit-ip", submissionsPerIp, HOUR, true);
    }

    public RateLimit verificationsPerIp() {
        return new RateLimit("verify-ip", verificationsPerIp, HOUR, true);
    }

    /**
     * Answers to codes for one further identity, across every request and requester that claims it: what a
     * guesser gets for someone else's address, however many requests they open.
     */
    public RateLimit answersPerIdentity() {
        return new RateLimit("answer-identity", answersPerIdentity, HOUR);
    }

    /**
     * One-click unsubscribes from one IP address. Mail providers send these POSTs from their own servers for all
     * their users, so the limit is generous; it bounds a flood, not a person.
     */
    public RateLimit unsubscribesPerIp() {
        return new RateLimit("unsubscribe-ip", unsubscribesPerIp, HOUR, true);
    }

    /** One-click unsubscribes of one address, whatever the link: each makes a request and mails its owner. */
    public RateLimit unsubscribesPerAddress() {
        return new RateLimit("unsubscribe-address", unsubscribesPerAddress, HOUR);
    }

    /** Where people reach the portal, always ending in a slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }
}
