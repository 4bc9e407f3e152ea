package org.privacyrights.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * A request as its subject reaches it: with the token they got when they proved their address. An unknown request
 * and a wrong token give the same answer, so nobody learns of other people's requests.
 */
@ApplicationScoped
public class SubjectAccess {

    @Inject
    RequestRepository requests;

    public PrivacyRequest ownRequest(String requestId, String subjectToken) {
        NotFoundException unknown = new NotFoundException("Request " + requestId);
        if (requestId == null || subjectToken == null || subjectToken.isBlank()) {
            throw unknown;
        }
        PrivacyRequest request = requests.find(requestId.strip()).orElseThrow(() -> unknown);
        String expected = request.subjectTokenHash().orElse("");
        if (!VerificationSecrets.same(expected, VerificationSecrets.tokenHash(subjectToken))) {
            throw unknown;
        }
        return request;
    }
}
