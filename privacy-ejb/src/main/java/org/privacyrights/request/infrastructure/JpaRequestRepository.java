package org.privacyrights.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.ProvenIdentity;
import org.privacyrights.request.domain.QueueOrder;
import org.privacyrights.request.domain.QueueRow;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestNote;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestTask;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.request.domain.TaskStatus;
import org.privacyrights.subject.domain.DataSubject;

@ApplicationScoped
public class JpaRequestRepository implements RequestRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaRequestRepository() {}

    /** For tests outside the container. */
    public JpaRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(PrivacyRequest request) {
        em.persist(request);
    }

    @Override
    public List<Long> dueTaskIds(java.time.Instant now, int max) {
        return em.createQuery(
                        "SELECT t.id FROM RequestTask t WHERE (t.request.status = :inProgress OR t.purpose = :lift)"
                                + " AND (t.status = :pending OR (t.status = :running AND t.leaseUntil < :now))"
                                + " ORDER BY t.id",
                        Long.class)
                .setParameter("inProgress", RequestStatus.IN_PROGRESS)
                .setParameter("lift", org.privacyrights.request.domain.TaskPurpose.LIFT)
                .setParameter("pending", TaskStatus.PENDING)
                .setParameter("running", TaskStatus.RUNNING)
                .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
    }

    /** One conditional UPDATE: of several instances racing for a task, exactly one changes the row. */
    @Override
    public boolean claimTask(Long taskId, java.time.Instant now, java.time.Instant until) {
        return em.createQuery("UPDATE RequestTask t SET t.status = :running, t.leaseUntil = :until,"
                                + " t.attempts = t.attempts + 1, t.updatedAt = :nowAt, t.version = t.version + 1"
                                + " WHERE t.id = :id AND (t.status = :pending"
                                + " OR (t.status = :running AND t.leaseUntil < :nowAt))")
                        .setParameter("running", TaskStatus.RUNNING)
                        .setParameter("pending", TaskStatus.PENDING)
                        .setParameter("until", until.atOffset(java.time.ZoneOffset.UTC))
                        .setParameter("nowAt", now.atOffset(java.time.ZoneOffset.UTC))
                        .setParameter("id", taskId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<PrivacyRequest> restrictionsEndingBy(java.time.LocalDate day, int max) {
        return em.createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.status = :completed AND r.restrictedUntil <= :day"
                                + " AND r.liftedAt IS NULL ORDER BY r.restrictedUntil",
                        PrivacyRequest.class)
                .setParameter("completed", RequestStatus.COMPLETED)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<PrivacyRequest> unflaggedDueBy(java.time.LocalDate day) {
        EnumSet<RequestStatus> watched = EnumSet.of(
                RequestStatus.VERIFIED,
                RequestStatus.AWAITING_APPROVAL,
                RequestStatus.IN_PROGRESS,
                RequestStatus.PAUSED,
                RequestStatus.ERROR);
        return em.createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.status IN :watched AND r.overdueFlaggedAt IS NULL"
                                + " AND ((r.extendedDueDate IS NULL AND r.dueDate <= :day) OR r.extendedDueDate <= :day)"
                                + " ORDER BY r.dueDate",
                        PrivacyRequest.class)
                .setParameter("watched", watched)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public Optional<PrivacyRequest> byId(Long id) {
        return Optional.ofNullable(em.find(PrivacyRequest.class, id));
    }

    @Override
    public Optional<ProvenIdentity> identityByRefusalToken(String tokenHash) {
        return em.createQuery("SELECT i FROM ProvenIdentity i WHERE i.refusalTokenHash = :hash", ProvenIdentity.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Plain SQL on purpose: a JPQL bulk update would also raise the row's version, and the run finishing at that
     * moment would then fail its optimistic lock and lose its result.
     */
    @Override
    public int renewLeases(java.util.Collection<Long> taskIds, java.time.Instant now, java.time.Instant until) {
        int renewed = 0;
        for (Long id : taskIds) {
            renewed += em.createNativeQuery("UPDATE request_task SET lease_until = ? WHERE id = ? AND status = ?"
                            + " AND lease_until >= ?")
                    .setParameter(1, until.atOffset(java.time.ZoneOffset.UTC))
                    .setParameter(2, id)
                    .setParameter(3, TaskStatus.RUNNING.name())
                    .setParameter(4, now.atOffset(java.time.ZoneOffset.UTC))
                    .executeUpdate();
        }
        return renewed;
    }

    @Override
    public Optional<RequestTask> task(Long taskId) {
        return Optional.ofNullable(em.find(RequestTask.class, taskId));
    }

    @Override
    public List<PrivacyRequest> readyToComplete(java.util.Collection<RequestType> types, int max) {
        return em.createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.status = :inProgress AND r.type IN :types"
                                + " AND r.workStartedAt IS NOT NULL"
                                + " AND NOT EXISTS"
                                + " (SELECT t FROM RequestTask t WHERE t.request = r AND t.status <> :done)"
                                // A right carried out in systems is done when its systems are, never without any.
                                + " AND (r.type = :information OR r.objectionAction = :unsubscribe"
                                + " OR EXISTS (SELECT a FROM RequestTask a WHERE a.request = r))"
                                + " ORDER BY r.receivedAt",
                        PrivacyRequest.class)
                .setParameter("inProgress", RequestStatus.IN_PROGRESS)
                .setParameter("done", TaskStatus.DONE)
                .setParameter("types", types)
                .setParameter("information", RequestType.INFORMATION)
                .setParameter("unsubscribe", org.privacyrights.request.domain.ObjectionAction.UNSUBSCRIBE)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<PrivacyRequest> openOfType(DataSubject subject, RequestType type, java.time.Instant since) {
        return em.createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.subject = :subject AND r.type = :type"
                                + " AND r.open = TRUE AND r.receivedAt >= :since ORDER BY r.receivedAt",
                        PrivacyRequest.class)
                .setParameter("subject", subject)
                .setParameter("type", type)
                .setParameter("since", since.atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
    }

    @Override
    public void storeNote(RequestNote note) {
        em.persist(note);
    }

    @Override
    public List<RequestNote> notes(PrivacyRequest request) {
        return em.createQuery(
                        "SELECT n FROM RequestNote n WHERE n.request = :request ORDER BY n.writtenAt, n.id",
                        RequestNote.class)
                .setParameter("request", request)
                .getResultList();
    }

    @Override
    public Optional<PrivacyRequest> byObjectionTokenHash(String tokenHash) {
        return em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.objectionTokenHash = :hash", PrivacyRequest.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PrivacyRequest> find(String publicId) {
        return em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.publicId = :id", PrivacyRequest.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<QueueRow> search(RequestFilter filter, QueueOrder order, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<QueueRow> query = cb.createQuery(QueueRow.class);
        Root<PrivacyRequest> request = query.from(PrivacyRequest.class);
        query.select(cb.construct(
                        QueueRow.class,
                        request.get("publicId"),
                        request.get("type"),
                        request.get("channel"),
                        request.get("status"),
                        request.get("receivedAt"),
                        request.get("dueDate"),
                        request.get("extendedDueDate"),
                        request.get("assignee")))
                .where(predicates(cb, request, filter))
                .orderBy(
                        order.ascending()
                                ? cb.asc(request.get(order.column().attribute()))
                                : cb.desc(request.get(order.column().attribute())),
                        cb.asc(request.get("dueDate")),
                        cb.desc(request.get("receivedAt")),
                        cb.asc(request.get("id")));
        TypedQuery<QueueRow> typed = em.createQuery(query);
        return typed.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(RequestFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<PrivacyRequest> request = query.from(PrivacyRequest.class);
        query.select(cb.count(request)).where(predicates(cb, request, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<PrivacyRequest> request, RequestFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.status() != null) {
            predicates.add(cb.equal(request.get("status"), filter.status()));
        }
        if (filter.type() != null) {
            predicates.add(cb.equal(request.get("type"), filter.type()));
        }
        if (filter.channel() != null) {
            predicates.add(cb.equal(request.get("channel"), filter.channel()));
        }
        if (filter.assignee() != null) {
            predicates.add(cb.equal(request.get("assignee"), filter.assignee()));
        }
        if (Boolean.TRUE.equals(filter.openOnly())) {
            predicates.add(cb.isTrue(request.get("open")));
        }
        if (filter.dueBy() != null) {
            predicates.add(cb.lessThanOrEqualTo(request.get("dueDate"), filter.dueBy()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
