package org.privacyrights.verification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.privacyrights.request.application.RequestVerification;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
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
    ChallengeAnswers answers;

    @Inject
    ChallengeIssuer issuer;

    @Inject
    RequestVerification verification;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

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
        if (!answers.accept(request, VerificationChallenge.Purpose.IDENTITY, code, token)) {
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
}
