package org.privacyrights.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Test-only: lets a request's codes run out now instead of in ten minutes. */
@Stateless
@PermitAll
public class ChallengeExpiry {

    @PersistenceContext(unitName = "privacy")
    EntityManager em;

    public void expireChallengesOf(String requestId) {
        em.createQuery("UPDATE VerificationChallenge c SET c.expiresAt = :past WHERE c.requestId ="
                        + " (SELECT r.id FROM PrivacyRequest r WHERE r.publicId = :request)")
                .setParameter("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter("request", requestId)
                .executeUpdate();
    }
}
