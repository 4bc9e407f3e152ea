package org.privacyrights.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.verification.domain.ChallengeRepository;
import org.privacyrights.verification.domain.VerificationChallenge;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * Checks an answer (a code, or a link's token: exactly one) against the newest open challenge of a request for a
 * purpose, and counts it. Runs in the caller's transaction, which must commit a wrong answer's count too.
 */
@ApplicationScoped
public class ChallengeAnswers {

    @Inject
    ChallengeRepository challenges;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    public boolean accept(PrivacyRequest request, VerificationChallenge.Purpose purpose, String code, String token) {
        return accepted(request, purpose, code, token).isPresent();
    }

    /** The challenge the answer proved, if it did. */
    public java.util.Optional<VerificationChallenge> accepted(
            PrivacyRequest request, VerificationChallenge.Purpose purpose, String code, String token) {
        List<VerificationChallenge> open = challenges.unclosedFor(request.id(), purpose);
        if (open.isEmpty()) {
            return java.util.Optional.empty();
        }
        VerificationChallenge challenge = open.get(0);
        return challenge.attempt(matches(request, challenge, code, token), clock.instant())
                ? java.util.Optional.of(challenge)
                : java.util.Optional.empty();
    }

    private boolean matches(PrivacyRequest request, VerificationChallenge challenge, String code, String token) {
        boolean hasCode = code != null && !code.isBlank();
        boolean hasToken = token != null && !token.isBlank();
        if (hasCode && !hasToken) {
            String digits = code.strip();
            return digits.matches("\\d{6}")
                    && VerificationSecrets.same(
                            challenge.codeHash(), settings.secrets().codeHash(request.publicId(), digits));
        }
        if (hasToken && !hasCode) {
            return VerificationSecrets.same(challenge.tokenHash(), VerificationSecrets.tokenHash(token));
        }
        return false;
    }
}
