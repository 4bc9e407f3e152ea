package org.privacyrights.verification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.privacyrights.request.application.RequestVerification;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.verification.domain.ChallengeRepository;
import org.privacyrights.verification.domain.VerificationChallenge;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * The requester's side of verification: answering with the code or the link's token, and asking for a new code.
 * A wrong answer is counted in the same transaction that refuses it, so refusals are not rolled back.
 */
@Stateless
@PermitAll
public class VerificationService {

    @Inject
    RequestRepository requests;

    @Inject
    ChallengeRepository challenges;

    @Inject
    ChallengeIssuer issuer;

    @Inject
    RequestVerification verification;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /**
     * Checks a code or a link token (exactly one of them) for a request. Wrong, used, expired and locked answers,
     * and unknown requests, all get the same refusal.
     */
    public VerificationResult verify(String requestId, String code, String token, String clientAddress) {
        rateLimiter.consume(settings.verificationsPerIp(), clientAddress);
        Optional<PrivacyRequest> found = requestId == null ? Optional.empty() : requests.find(requestId.strip());
        if (found.isEmpty() || found.get().status() != RequestStatus.IDENTITY_UNVERIFIED) {
            return VerificationResult.refused();
        }
        PrivacyRequest request = found.get();
        Instant now = clock.instant();
        List<VerificationChallenge> open = challenges.unclosedFor(request.id());
        if (open.isEmpty()) {
            return VerificationResult.refused();
        }
        VerificationChallenge challenge = open.get(0);
        if (!challenge.attempt(matches(request, challenge, code, token), now)) {
            return VerificationResult.refused();
        }
        String subjectToken = settings.secrets().newToken();
        request.grantSubjectToken(VerificationSecrets.tokenHash(subjectToken));
        RequestStatus status = verification.confirm(request, "subject");
        return new VerificationResult(true, request.publicId(), status.name(), subjectToken);
    }

    /** Mails a new code for a request still waiting for one; for any other request, quietly nothing. */
    public void resend(String requestId, String clientAddress) {
        rateLimiter.consume(settings.verificationsPerIp(), clientAddress);
        Optional<PrivacyRequest> found = requestId == null ? Optional.empty() : requests.find(requestId.strip());
        if (found.isPresent() && found.get().status() == RequestStatus.IDENTITY_UNVERIFIED) {
            issuer.issue(found.get());
        }
    }

    private boolean matches(PrivacyRequest request, VerificationChallenge challenge, String code, String token) {
        if (code != null && !code.isBlank() && (token == null || token.isBlank())) {
            String digits = code.strip();
            return digits.matches("\\d{6}")
                    && VerificationSecrets.same(
                            challenge.codeHash(), settings.secrets().codeHash(request.publicId(), digits));
        }
        if (token != null && !token.isBlank() && (code == null || code.isBlank())) {
            return VerificationSecrets.same(challenge.tokenHash(), VerificationSecrets.tokenHash(token));
        }
        return false;
    }
}
