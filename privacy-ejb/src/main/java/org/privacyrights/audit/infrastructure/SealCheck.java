package org.privacyrights.audit.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.privacyrights.audit.domain.AuditEvent;
import org.privacyrights.audit.domain.Sealed;
import org.privacyrights.audit.domain.SealedRecords;

/**
 * Checks one kind of sealed record against the audit events that vouch for it: every event has its record, every
 * record its event, and content, seal and event still agree. Reads in pages.
 */
public final class SealCheck {

    private static final int PAGE = 500;

    private final EntityManager em;
    private final String entity;
    private final String action;
    private final String described;

    /** {@code entity} is the JPA entity name, {@code described} how a problem names one record ("consent record"). */
    public SealCheck(EntityManager em, String entity, String action, String described) {
        this.em = em;
        this.entity = entity;
        this.action = action;
        this.described = described;
    }

    public Optional<SealedRecords.Tampering> firstTampering() {
        List<Long> orphaned = em.createQuery(
                        "SELECT a.sequence FROM AuditEvent a WHERE a.action = :action AND NOT EXISTS"
                                + " (SELECT r FROM " + entity + " r WHERE r.auditSequence = a.sequence)"
                                + " ORDER BY a.sequence",
                        Long.class)
                .setParameter("action", action)
                .setMaxResults(1)
                .getResultList();
        if (!orphaned.isEmpty()) {
            return Optional.of(new SealedRecords.Tampering(
                    orphaned.get(0), "the " + described + " this event vouches for was removed"));
        }
        for (int first = 0; ; first += PAGE) {
            List<Object[]> page = em.createQuery(
                            "SELECT r, a FROM " + entity + " r LEFT JOIN AuditEvent a"
                                    + " ON a.sequence = r.auditSequence ORDER BY r.id",
                            Object[].class)
                    .setFirstResult(first)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (Object[] pair : page) {
                Sealed record = (Sealed) pair[0];
                AuditEvent event = (AuditEvent) pair[1];
                if (event == null
                        || !record.computeSeal().equals(record.seal())
                        || !action.equals(event.action())
                        || !event.detail().orElse("").equals(record.auditDetail())) {
                    return Optional.of(new SealedRecords.Tampering(
                            record.auditSequence(),
                            described + " " + record.id() + " was changed after it was written"));
                }
            }
            em.clear();
            if (page.size() < PAGE) {
                return Optional.empty();
            }
        }
    }
}
