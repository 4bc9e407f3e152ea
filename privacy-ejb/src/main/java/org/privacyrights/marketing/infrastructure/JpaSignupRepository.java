package org.privacyrights.marketing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.privacyrights.marketing.domain.MarketingSignup;
import org.privacyrights.marketing.domain.SignupRepository;

@ApplicationScoped
public class JpaSignupRepository implements SignupRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    @Override
    public void store(MarketingSignup signup) {
        em.persist(signup);
    }

    @Override
    public Optional<MarketingSignup> byTokenHash(String tokenHash) {
        return em.createQuery("SELECT s FROM MarketingSignup s WHERE s.tokenHash = :hash", MarketingSignup.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int deleteExpired(Instant now) {
        return em.createQuery("DELETE FROM MarketingSignup s WHERE s.confirmedAt IS NULL AND s.expiresAt < :now")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
