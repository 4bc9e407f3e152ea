package org.privacyrights.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import org.privacyrights.verification.domain.RateLimitEvent;
import org.privacyrights.verification.domain.RateLimitRepository;

@ApplicationScoped
public class JpaRateLimitRepository implements RateLimitRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaRateLimitRepository() {}

    /** For tests outside the container. */
    public JpaRateLimitRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public long countSince(String bucket, String keyHash, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM RateLimitEvent e WHERE e.bucket = :bucket AND e.keyHash = :key"
                                + " AND e.occurredAt >= :since",
                        Long.class)
                .setParameter("bucket", bucket)
                .setParameter("key", keyHash)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    }

    @Override
    public void store(RateLimitEvent event) {
        em.persist(event);
    }

    @Override
    public int purgeBefore(Instant before) {
        return em.createQuery("DELETE FROM RateLimitEvent e WHERE e.occurredAt < :before")
                .setParameter("before", before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
