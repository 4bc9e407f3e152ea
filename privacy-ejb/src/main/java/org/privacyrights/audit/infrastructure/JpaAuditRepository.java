package org.privacyrights.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Predicate;
import org.privacyrights.audit.domain.AuditChainHead;
import org.privacyrights.audit.domain.AuditEvent;
import org.privacyrights.audit.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int PAGE = 1_000;

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaAuditRepository() {}

    public JpaAuditRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public AuditChainHead lockHead() {
        return em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AuditChainHead head() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID);
        em.refresh(head);
        return head;
    }

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public void forEachInOrder(Predicate<AuditEvent> consumer) {
        long after = 0;
        while (true) {
            List<AuditEvent> page = em.createQuery(
                            "SELECT e FROM AuditEvent e WHERE e.sequence > :after ORDER BY e.sequence",
                            AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .setHint("eclipselink.refresh", "true")
                    .getResultList();
            for (AuditEvent event : page) {
                if (!consumer.test(event)) {
                    return;
                }
                after = event.sequence();
            }
            if (page.size() < PAGE) {
                return;
            }
            em.clear();
        }
    }

    @Override
    public List<AuditEvent> forRequest(String requestPublicId) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.requestId = :id ORDER BY e.sequence", AuditEvent.class)
                .setParameter("id", requestPublicId)
                .getResultList();
    }
}
