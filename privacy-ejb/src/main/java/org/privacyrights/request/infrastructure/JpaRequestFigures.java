package org.privacyrights.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.privacyrights.request.domain.RequestFigures;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;

@ApplicationScoped
public class JpaRequestFigures implements RequestFigures {

    private static final String EFFECTIVE_DUE = "COALESCE(r.extendedDueDate, r.dueDate)";

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaRequestFigures() {}

    /** For tests outside the container. */
    public JpaRequestFigures(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<RequestStatus, Long> countByStatus() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        em.createQuery("SELECT r.status, COUNT(r) FROM PrivacyRequest r GROUP BY r.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((RequestStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<RequestType, Long> openByType() {
        Map<RequestType, Long> counts = new EnumMap<>(RequestType.class);
        em.createQuery(
                        "SELECT r.type, COUNT(r) FROM PrivacyRequest r WHERE r.open = TRUE GROUP BY r.type",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((RequestType) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public long openDueBetween(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM PrivacyRequest r WHERE r.open = TRUE AND " + EFFECTIVE_DUE
                                + " BETWEEN :from AND :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public long openDueBefore(LocalDate day) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM PrivacyRequest r WHERE r.open = TRUE AND " + EFFECTIVE_DUE + " < :day",
                        Long.class)
                .setParameter("day", day)
                .getSingleResult();
    }

    @Override
    public long receivedBetween(LocalDate from, LocalDate toExclusive) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM PrivacyRequest r WHERE r.receivedAt >= :from AND r.receivedAt < :to",
                        Long.class)
                .setParameter("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter("to", toExclusive.atStartOfDay().atOffset(ZoneOffset.UTC))
                .getSingleResult();
    }

    @Override
    public long completedBetween(Instant from, Instant toExclusive) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM PrivacyRequest r WHERE r.status = :completed"
                                + " AND r.closedAt >= :from AND r.closedAt < :to",
                        Long.class)
                .setParameter("completed", RequestStatus.COMPLETED)
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", toExclusive.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    }

    @Override
    public List<Duration> completionTimes(Instant since, int max) {
        return em
                .createQuery(
                        "SELECT r.receivedAt, r.closedAt FROM PrivacyRequest r WHERE r.status = :completed"
                                + " AND r.closedAt >= :since ORDER BY r.closedAt DESC",
                        Object[].class)
                .setParameter("completed", RequestStatus.COMPLETED)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> Duration.between((OffsetDateTime) row[0], (OffsetDateTime) row[1]))
                .toList();
    }
}
