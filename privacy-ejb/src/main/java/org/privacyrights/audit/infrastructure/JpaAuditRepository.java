package org.privacyrights.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.privacyrights.audit.domain.AuditChainHead;
import org.privacyrights.audit.domain.AuditEvent;
import org.privacyrights.audit.domain.AuditRepository;
import org.privacyrights.audit.domain.AuditSearch;

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
    public void forEachInOrder(java.util.function.Predicate<AuditEvent> consumer) {
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

    @Override
    public List<AuditEvent> search(AuditSearch search, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(event).where(matching(cb, event, search)).orderBy(cb.desc(event.get("sequence")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(matching(cb, event, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, AuditSearch search) {
        List<Predicate> where = new ArrayList<>();
        equal(cb, event, "actor", search.actor(), where);
        equal(cb, event, "action", search.action(), where);
        equal(cb, event, "requestId", search.requestId(), where);
        equal(cb, event, "subjectId", search.subjectId(), where);
        if (search.from() != null) {
            where.add(cb.greaterThanOrEqualTo(
                    event.get("occurredAt"), search.from().atOffset(ZoneOffset.UTC)));
        }
        if (search.to() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), search.to().atOffset(ZoneOffset.UTC)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void equal(
            CriteriaBuilder cb, Root<AuditEvent> event, String field, String value, List<Predicate> where) {
        if (value != null && !value.isBlank()) {
            where.add(cb.equal(event.get(field), value.strip()));
        }
    }
}
