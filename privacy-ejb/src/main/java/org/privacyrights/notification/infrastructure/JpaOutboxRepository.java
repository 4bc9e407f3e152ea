package org.privacyrights.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.privacyrights.notification.domain.OutboxMail;
import org.privacyrights.notification.domain.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaOutboxRepository() {}

    /** For tests outside the container. */
    public JpaOutboxRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutboxMail> find(Long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                                + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.id",
                        Long.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
    }

    /** One conditional UPDATE: of several instances racing for a mail, exactly one changes the row. */
    @Override
    public boolean claim(Long id, Instant now, Instant until) {
        return em.createQuery("UPDATE OutboxMail m SET m.claimedUntil = :until, m.version = m.version + 1"
                                + " WHERE m.id = :id AND m.sentAt IS NULL"
                                + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                        .setParameter("until", until.atOffset(ZoneOffset.UTC))
                        .setParameter("id", id)
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }
}
