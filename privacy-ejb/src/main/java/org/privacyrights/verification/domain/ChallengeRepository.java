package org.privacyrights.verification.domain;

import java.util.List;

/** Where challenges are kept. */
public interface ChallengeRepository {

    void store(VerificationChallenge challenge);

    /** The request's challenges for that purpose that are not closed, newest first (expired ones included). */
    List<VerificationChallenge> unclosedFor(Long requestId, VerificationChallenge.Purpose purpose);
}
