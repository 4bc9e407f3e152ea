package org.privacyrights.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.privacyrights.verification.domain.ChallengeRepository;
import org.privacyrights.verification.domain.VerificationChallenge;

@ApplicationScoped
public class JpaChallengeRepository implements ChallengeRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaChallengeRepository() {}

    /** For tests outside the container. */
    public JpaChallengeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(VerificationChallenge challenge) {
        em.persist(challenge);
    }

    @Override
    public List<VerificationChallenge> unclosedFor(Long requestId, VerificationChallenge.Purpose purpose) {
        return em.createQuery(
                        "SELECT c FROM VerificationChallenge c WHERE c.requestId = :request AND c.purpose = :purpose"
                                + " AND c.closedAt IS NULL"
                                + " ORDER BY c.createdAt DESC, c.id DESC",
                        VerificationChallenge.class)
                .setParameter("request", requestId)
                .setParameter("purpose", purpose)
                .getResultList();
    }
}
